"""State branches ACLED names on their own: Uganda's Local Defence Units, Burundi's intelligence
service (SNR) and Morocco's Auxiliary Forces. Hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import primary_roles


@pytest.mark.parametrize(("text", "label"), [
    pytest.param("LDU personnel beat a boda boda rider in Lira town for breaking the curfew on "
                 "Tuesday.", "Military Forces of Uganda (1986-) Local Defense Unit", id="uganda"),
    pytest.param("Agents of the SNR arrested a teacher in Ngozi on Monday, accusing him of "
                 "collaborating with the opposition.",
                 "Military Forces of Burundi (2005-) National Intelligence Agency", id="burundi"),
    pytest.param("An Auxiliary Forces officer assaulted a street vendor in Agadir on Friday "
                 "during a lockdown inspection.",
                 "Military Forces of Morocco (1999-) Auxiliary Forces", id="morocco"),
])
def test_state_branch_is_the_doer(pipeline: Any, text: str, label: str) -> None:
    assert primary_roles(pipeline, text, "2020-05-10").get(label) == "perpetrator"


def test_intelligence_acronym_elsewhere_is_not_burundis(pipeline: Any) -> None:
    roles = primary_roles(pipeline, "Gunmen attacked a convoy of the SNR mining company near "
                          "Tarkwa, wounding two drivers.", "2020-05-10")
    assert not any("Burundi" in label for label in roles)
