"""Vigilance committees and vigilance groups are vigilantes by name: "Vigilante Militia
(<country>)". Hand-written sentences from Cameroon, Chad and Nigeria."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import primary_roles


@pytest.mark.parametrize(("text", "label"), [
    pytest.param("Boko Haram fighters killed two members of a vigilance committee near Kolofata "
                 "on Sunday night.", "Vigilante Militia (Cameroon)", id="cameroon"),
    pytest.param("Members of the local vigilance committee clashed with suspected kidnappers near "
                 "Bongor, killing one of them.", "Vigilante Militia (Chad)", id="chad"),
    pytest.param("Gunmen shot dead a member of the vigilance group in Birnin Gwari on Tuesday.",
                 "Vigilante Militia (Nigeria)", id="nigeria"),
])
def test_vigilance_committee_is_vigilantes(pipeline: Any, text: str, label: str) -> None:
    assert label in primary_roles(pipeline, text, "2018-03-01")
