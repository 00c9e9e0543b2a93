"""A country named by its force ('Turkish forces', 'Russian jets') does not choose where a misspelt
village is looked for when the text names another country's places: forces fight abroad. With no
other country named, the force's country is still searched ('Nigerian troops ... Damboaa')."""

from __future__ import annotations

import pytest
from geo_docs import place_countries


def test_force_country_does_not_steer_spelling_match_abroad() -> None:
    found = place_countries("Turkish forces shelled the village of Aziziyeh near Tal Tamer in "
                            "Al-Hasakeh on Sunday.")
    assert found.get("Aziziyeh") != "TR"
    assert found.get("Al-Hasakeh") == "SY"


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Nigerian troops repelled Boko Haram fighters in Damboaa village on Monday.", "Damboaa", "NG"),
    ("Kenyan soldiers killed three militants near Mandeera on Friday.", "Mandeera", "KE"),
])
def test_force_country_alone_is_still_searched(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc
