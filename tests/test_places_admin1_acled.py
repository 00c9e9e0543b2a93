"""ACLED's admin1 names for the gazetteer's units, learned from the training records by `eventcoder
fit admin1`: an event in Idlib is in ACLED's 'Idleb', one in Nairobi in 'Nairobi'."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.fit.admin1 import count_admin1_names
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.resolve.event_location.records import admin1_name


def _line(location: str, country: str, admin1: str, lat: float, lon: float) -> dict:
    return {"id": "x", "text": "t", "gold": {"country": country, "admin1": admin1,
                                             "location": location, "lat": lat, "lon": lon}}


def test_fit_keeps_agreeing_names_that_differ_from_the_gazetteer() -> None:
    lines = [_line("Idlib", "Syria", "Idleb", 35.93, 36.63),
             _line("Saraqib", "Syria", "Idleb", 35.864, 36.806),
             _line("Homs", "Syria", "Homs", 34.727, 36.723),  # same name: nothing to learn
             _line("Homs", "Syria", "Homs", 34.727, 36.723),
             _line("Mokha", "Yemen", "Taizz", 13.32, 43.25)]  # one line is no convention
    assert count_admin1_names(lines) == {"SY": {"Idlib": ["Idleb", 2]}}


def test_fit_drops_a_place_far_from_the_gold_point() -> None:
    # a namesake 30+ km from the coded point says nothing of the unit the coder meant
    lines = [_line("Saraqib", "Syria", "Idleb", 33.5, 36.3)] * 3
    assert count_admin1_names(lines) == {}


@pytest.mark.parametrize(("text", "trigger", "admin1"), [
    ("Government aircraft bombed the town of Saraqib on Monday, killing four civilians.",
     "bombed", "Idleb"),
    ("Houthi fighters shelled residential areas of Taiz city on Sunday, residents said.",
     "shelled", "Taizz"),
    ("Police fired tear gas at traders protesting in Nairobi on Tuesday.", "fired", "Nairobi"),
    ("Armed separatists attacked a police post in Bamenda overnight.", "attacked", "Nord-Ouest"),
    ("Workers at a car plant went on strike in Kragujevac on Friday.", "strike", "Central Serbia"),
])
def test_event_place_carries_acled_admin1_name(text: str, trigger: str, admin1: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.admin1 == admin1


def test_units_acled_names_alike_keep_the_gazetteer_name() -> None:
    gaz = get_gazetteer()
    kano = next(c.place for c in gaz.lookup("Kano") if c.place.cc == "NG")
    assert admin1_name(kano) == "Kano"
    assert admin1_name(gaz.country("NG")) is None


def test_acled_name_and_gazetteer_name_are_one_unit_in_scoring() -> None:
    from eventcoder.eval.admin_names import same_admin1_unit

    assert same_admin1_unit("Iraq", "Sala al-Din", "Salah Al-Din", "IQ")
    assert same_admin1_unit("Serbia", "Central Serbia", "Nisavski okrug", "RS")
    assert not same_admin1_unit("Serbia", "Belgrade", "Nisavski okrug", "RS")
