"""Districts no GeoNames town is linked to are in the index, weakly: their name alone gives the
country when nothing else names a place, never outvotes a town of the same name, and a district
named with an everyday English word or given name stays out."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.gazetteer_districts import is_common_name, loose_key, unit_keys


@pytest.mark.parametrize(("key", "common"), [
    ("central", True), ("victoria", True), ("john", True), ("bay county", True),
    ("hodan", False), ("horo guduru", False), ("west wellega", False), ("uvwie", False),
])
def test_everyday_words_and_given_names_are_common(key: str, common: bool) -> None:
    assert is_common_name(key) is common


def test_unit_keys_drop_type_words_and_everyday_names() -> None:
    keys = dict(unit_keys("Twic County", "Twic County", ["Central District"]))
    assert keys == {"twic county": True, "twic": False}


@pytest.mark.parametrize(("name", "cc", "admin1"), [
    ("Hodan", "SO", "Banaadir"), ("Uvwie", "NG", "Delta"), ("Twic County", "SS", "Warrap"),
    ("Horo Guduru", "ET", "Oromia"), ("Nefza", "TN", "Beja"),
])
def test_district_without_a_town_is_indexed_under_its_province(name: str, cc: str,
                                                              admin1: str) -> None:
    units = [c.place for c in get_gazetteer().lookup(name) if c.place.kind == "adm2"]
    assert any(p.cc == cc and p.admin1 == admin1 for p in units)


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Youths protested against fuel prices in Uvwie on Tuesday.", "protested", "NG"),
    ("Cattle raiders killed five herders in Twic County on Sunday.", "killed", "SS"),
    ("Farmers protested over land allocation in Horo Guduru.", "protested", "ET"),
    ("Gunmen shot a shopkeeper dead in Hodan on Monday night.", "shot", "SO"),
])
def test_a_district_name_alone_gives_its_country(text: str, trigger: str, cc: str) -> None:
    event = geocoded_document(text, trigger, None, ()).events[0]
    assert event.location is not None and event.location.country_code == cc


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # Aba is also a district of Haut-Uele (DR Congo); the Nigerian city of a million is meant
    ("Hundreds of traders protested in Aba over new market levies.", "protested", "NG"),
    # Brampton is also a Jamaican district; with Ontario named, the Canadian city
    ("Police arrested two men after a shooting in Brampton, Ontario.", "shooting", "CA"),
])
def test_a_district_never_outvotes_a_town_of_its_name(text: str, trigger: str, cc: str) -> None:
    event = geocoded_document(text, trigger, None, ()).events[0]
    assert event.location is not None and event.location.country_code == cc


def test_a_district_named_after_its_towns_spelling_is_left_to_the_town() -> None:
    # Bari's 'Bossaso' district is Bosaso town's: the town, at its own point, stands for it
    assert loose_key("bossaso") == loose_key("bosaso")
    units = [c.place for c in get_gazetteer().lookup("Bossaso") if c.place.kind == "adm2"]
    assert units == []


def test_a_district_known_by_its_name_needs_no_publisher() -> None:
    # Mogadishu's Dharkenley district, in GeoNames' spelling
    doc = geocoded_document("Unknown gunmen wound a shopkeeper in Darkenley.",
                            "wound", None, ())
    loc = doc.events[0].location
    assert loc is not None and loc.country_code == "SO" and loc.precision == "admin2"
