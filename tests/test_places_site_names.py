"""Names a site takes from the town it stands at: an airport ('Kano airport', 'Durban Airport') is at
its town; a capitalised compass word before a district the gazetteer lacks whole ('West Jebel
Marra') names part of that district."""

from __future__ import annotations

from geo_docs import geocoded_document


def _location(text: str, trigger: str):
    return geocoded_document(text, trigger).events[0].location


def test_an_airport_named_after_its_town_places_the_event_there() -> None:
    loc = _location("Protesters blocked the road to Kano airport on Monday.", "blocked")
    assert loc is not None and loc.country_code == "NG" and loc.name == "Kano"
    loc = _location("Taxi drivers blocked the access road to Durban Airport.", "blocked")
    assert loc is not None and loc.country_code == "ZA"
    loc = _location("Stranded travellers staged a sit-in at Tamale airport.", "sit-in")
    assert loc is not None and loc.country_code == "GH"
    # an airport named after a person names no place
    loc = _location("Gunmen attacked a convoy near Roberts International Airport.", "attacked")
    assert loc is None or loc.country_code is None


def test_a_compass_word_before_a_district_names_part_of_it() -> None:
    loc = _location("Militia on horseback raided a hamlet in West Jebel Marra.", "raided")
    assert loc is not None and loc.country_code == "SD"
    loc = _location("Gunmen torched a clinic in North Afmadow on Sunday.", "torched")
    assert loc is not None and loc.country_code == "SO"
