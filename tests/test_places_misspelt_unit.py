"""A province written with its unit noun but misspelt ('Wassit province' for Wasit) is looked for
among the world's provinces and districts even when the article's other names point elsewhere: a
namesake abroad of the town ('Kut', a village in Ukraine) must not decide the country when the text
says which province holds it."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document, place_countries


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Gunmen shot dead a teacher in Kut city, Wassit province, on Tuesday.", "shot", "IQ"),
    ("Militiamen burned three houses in Kut village, Diyalla province, at dawn.", "burned", "IQ"),
])
def test_misspelt_province_places_the_town(text: str, trigger: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc


def test_misspelt_province_resolves_to_the_unit() -> None:
    found = place_countries("Hundreds protested in the streets of Kut, Wassit province, on Friday.")
    assert found.get("Wassit") == "IQ"


def test_no_unit_close_enough_stays_unknown() -> None:
    found = place_countries("Riots broke out in Zorbakh town, Qwertyuz province, on Monday.")
    assert "Qwertyuz" not in found
