"""ACLED's admin1 names for the gazetteer's units, learned from the training records by `eventcoder
fit admin1`: an event of 2020 in Idlib is in ACLED's 'Idleb', one in Nairobi in 'Nairobi'. ACLED
renames units over time, so a learned name holds only for the years the records show it in."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.eval.admin_names import same_admin1_unit
from eventcoder.fit.admin1 import count_admin1_names
from eventcoder.resolve.event_location.records import acled_admin1


def _line(location: str, country: str, admin1: str, lat: float, lon: float,
          day: str = "2020-05-01") -> dict:
    return {"id": "x", "text": "t", "gold": {"country": country, "admin1": admin1, "date": day,
                                             "location": location, "lat": lat, "lon": lon}}


def _admin1(text: str, trigger: str, published: str) -> str | None:
    loc = geocoded_document(text, trigger, None, published=published).events[0].location
    return loc.admin1 if loc else None


def test_fit_keeps_agreeing_names_that_differ_from_the_gazetteer() -> None:
    lines = [_line("Idlib", "Syria", "Idleb", 35.93, 36.63, "2019-03-02"),
             _line("Saraqib", "Syria", "Idleb", 35.864, 36.806),
             _line("Homs", "Syria", "Homs", 34.727, 36.723),  # same name: nothing to learn
             _line("Homs", "Syria", "Homs", 34.727, 36.723),
             _line("Mokha", "Yemen", "Taizz", 13.32, 43.25)]  # one line is no convention
    assert count_admin1_names(lines) == {"SY": {"Idlib": ["Idleb", 2, 2019, 2020]}}


def test_fit_drops_a_place_far_from_the_gold_point() -> None:
    # a namesake 30+ km from the coded point says nothing of the unit the coder meant
    lines = [_line("Saraqib", "Syria", "Idleb", 33.5, 36.3)] * 3
    assert count_admin1_names(lines) == {}


@pytest.mark.parametrize(("text", "trigger", "admin1"), [
    ("Government aircraft bombed the town of Saraqib on Monday, killing four civilians.",
     "bombed", "Idleb"),
    ("Houthi fighters shelled residential areas of Taiz city on Sunday, residents said.",
     "shelled", "Taizz"),
    ("Armed separatists attacked a police post in Bamenda overnight.", "attacked", "Nord-Ouest"),
    ("Workers at a car plant went on strike in Kragujevac on Friday.", "strike", "Central Serbia"),
])
def test_event_place_carries_acled_admin1_name(text: str, trigger: str, admin1: str) -> None:
    assert _admin1(text, trigger, "2020-06-01") == admin1


def test_kenya_records_span_years() -> None:
    text = "Police fired tear gas at traders protesting in Nairobi on Tuesday."
    assert _admin1(text, "fired", "2012-03-01") == "Nairobi"
    assert _admin1(text, "fired", "2001-03-01") == "Nairobi City"  # before the records


def test_a_year_before_the_records_keeps_the_gazetteer_name() -> None:
    text = "Armed separatists attacked a police post in Bamenda overnight."
    assert _admin1(text, "attacked", "2016-06-01") == "North-West"
    assert _admin1(text, "attacked", "2024-06-01") == "Nord-Ouest"  # the newest name after
    assert acled_admin1("ML", "Timbuktu", 2016) == "Timbuktu"
    assert acled_admin1("ML", "Timbuktu", 2020) == "Tombouctou"
    assert acled_admin1("NG", "Kano", 2020) == "Kano"


def test_acled_name_and_gazetteer_name_are_one_unit_in_scoring() -> None:
    assert same_admin1_unit("Iraq", "Sala al-Din", "Salah Al-Din", "IQ")
    assert same_admin1_unit("Serbia", "Central Serbia", "Nisavski okrug", "RS")
    assert not same_admin1_unit("Serbia", "Belgrade", "Nisavski okrug", "RS")
