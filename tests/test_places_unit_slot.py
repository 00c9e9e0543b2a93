"""A unit's name written after a place in a spelling the gazetteer lacks ('in Gidimo town, West
Hararghee'): the slot after the comma is a province or district, so the name is matched among the
world's units only; the place before it lies in that unit's country."""

from __future__ import annotations

from geo_docs import geocoded_document

from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.unit_slot import match_unit, slot_spans


def _location(text: str, trigger: str):
    return geocoded_document(text, trigger).events[0].location


def test_a_misspelt_zone_after_a_village_places_the_event_in_that_zone() -> None:
    loc = _location("Police detained students in Gidimo town, West Hararghee, on Tuesday.", "detained")
    assert loc is not None and loc.country_code == "ET" and loc.admin1 == "Oromia"
    loc = _location("Youths blocked a road in Burkitu kebele, Arsi Zonee.", "blocked")
    assert loc is not None and loc.country_code == "ET" and loc.precision == "admin2"


def test_a_misspelt_district_or_lga_in_other_countries() -> None:
    loc = _location("Militants ambushed a convoy near Bula Haji village, Afmadhow district.",
                    "ambushed")
    assert loc is not None and loc.country_code == "SO"
    loc = _location("Two farmers were killed in Amaki village, Kwandee, Benue.", "killed")
    assert loc is not None and loc.country_code == "NG" and loc.admin1 == "Benue"


def test_a_unit_followed_by_its_region_and_the_namesake_abroad_before_it() -> None:
    # 'Tole' is also a town of Panama: the Ethiopian zone written after it says where it lies
    loc = _location("Farmers clashed with herders in Tole village, Horo Guduru Wollega.", "clashed")
    assert loc is not None and loc.country_code == "ET"


def test_a_list_of_places_is_no_place_and_its_unit() -> None:
    text = "Police dispersed crowds in Kano, Kaduna and Lagos on Friday."
    assert slot_spans(text, []) == []
    # near spellings of no unit, or a short name, match nothing
    gaz = get_gazetteer()
    assert match_unit(gaz, "Qwertzuiop") is None
    assert match_unit(gaz, "Abc") is None


def test_a_near_spelling_abroad_does_not_overrule_the_place_before_it() -> None:
    # 'Marampa' is one letter off a province of Vanuatu; Lunsar is a town of Sierra Leone
    loc = _location("Youths rioted in Lunsar town, Marampa chiefdom, on Friday.", "rioted")
    assert loc is not None and loc.country_code == "SL"
