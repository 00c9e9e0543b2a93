"""A party's members attacked or arrested are civilians, the party only associated with them:
hand-written sentences from several countries; an armed group's men arrested stay its own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "victims"), [
    pytest.param("On 9 March 2021, police arrested three UPND officials in Kitwe, Zambia, for "
                 "holding an unlawful meeting.", "Civilians (Zambia)", id="party_officials_zambia"),
    pytest.param("On 9 March 2021, police detained the FDC chairman of Kasese district in "
                 "Uganda.", "Civilians (Uganda)", id="party_chairman_uganda"),
    pytest.param("On 9 March 2021, police arrested five NRM supporters in Kampala after a "
                 "scuffle.", "Civilians (Uganda)", id="party_supporters_uganda"),
    pytest.param("On 9 March 2021, unknown gunmen shot dead an NPP youth organiser in Kumasi, "
                 "Ghana.", "Civilians (Ghana)", id="party_organiser_ghana"),
    pytest.param("On 9 March 2021, Imbonerakure beat two CNL members in Ngozi province, "
                 "Burundi.", "Civilians (Burundi)", id="party_members_burundi"),
])
def test_party_members_as_victims_are_civilians(pipeline: Any, text: str, victims: str) -> None:
    assert victims in labels(pipeline, text, "2021-03-10")


def test_armed_group_men_arrested_stay_the_group(pipeline: Any) -> None:
    found = labels(pipeline, "On 9 March 2021, police arrested two Al Shabaab suspects in "
                   "Mandera, Kenya.", "2021-03-10")
    assert "Al Shabaab" in found
    assert not any(label.startswith("Civilians") for label in found)
