"""A country named by its force ('Turkish forces', 'Turkish drones') does not choose where a
misspelt village is looked for when the text names another country's places: forces fight abroad.
With no other country named, the force's country is still searched ('Nigerian troops ... Damboaa')."""

from __future__ import annotations

import pytest
from geo_docs import place_countries


@pytest.mark.parametrize(("text", "name"), [
    ("Turkish forces shelled the village of Kharakoy near Ain Issa in Raqqa on Sunday.", "Kharakoy"),
    ("Turkish drones struck the village of Yenikoyy near Ain Issa in Raqqa.", "Yenikoyy"),
])
def test_force_country_does_not_steer_spelling_match_abroad(text: str, name: str) -> None:
    found = place_countries(text)
    assert found.get(name) != "TR"
    assert found.get("Raqqa") == "SY"


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Nigerian troops repelled Boko Haram fighters in Damboaa village on Monday.", "Damboaa", "NG"),
    ("Kenyan soldiers killed three militants near Mandeera on Friday.", "Mandeera", "KE"),
])
def test_force_country_alone_is_still_searched(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc
