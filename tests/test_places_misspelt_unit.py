"""A province written with its unit noun but misspelt ('Helmandd province' for Helmand) is looked
for among the world's provinces and districts even when the article's other names point elsewhere:
a namesake abroad of the town ('Nawa', a district of Côte d'Ivoire) must not decide the country
when the text says which province holds it."""

from __future__ import annotations

from geo_docs import geocoded_document, place_countries


def test_misspelt_province_places_the_town() -> None:
    text = "Militants attacked a checkpoint in Nawa district, Helmandd province, killing two policemen."
    loc = geocoded_document(text, "attacked").events[0].location
    assert loc is not None and loc.country_code == "AF"


def test_misspelt_province_resolves_to_the_unit() -> None:
    found = place_countries("Unknown gunmen killed a trader in Kifri town, Diyallah province.")
    assert found.get("Diyallah") == "IQ"


def test_no_unit_close_enough_stays_unknown() -> None:
    found = place_countries("Riots broke out in Zorbakh town, Qwertyuz province, on Monday.")
    assert "Qwertyuz" not in found
