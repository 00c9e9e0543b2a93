"""Former first-level units: ACLED's records of 2016-2018 code DR Congo with its provinces of before
the 2015 repartition (Orientale, Katanga) and Sudan with its 1956 provinces (Darfur, Kordofan); an
event of those years in a unit of today is written with the former unit that held it."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.resolve.event_location.records import acled_admin1, former_units


def _admin1(text: str, trigger: str, published: str) -> str | None:
    loc = geocoded_document(text, trigger, None, published=published).events[0].location
    return loc.admin1 if loc else None


@pytest.mark.parametrize(("text", "trigger", "former", "today"), [
    ("Militiamen raided a gold-mining camp near Mongbwalu on Tuesday, killing three diggers.",
     "raided", "Orientale", "Ituri"),
    ("Students blocked the main road in Kisangani on Monday to protest against fee increases.",
     "blocked", "Orientale", "Tshopo"),
    ("Mai-Mai fighters attacked an army post outside Likasi overnight, a local official said.",
     "attacked", "Katanga", "Haut-Katanga"),
    ("Gunmen on camels attacked farmers near Kutum on Thursday and stole their livestock.",
     "attacked", "Darfur", "North Darfur"),
    ("Traders in Nyala shut their shops on Sunday in protest at a new market tax.",
     "shut", "Darfur", "South Darfur"),
    ("Police fired tear gas at students marching in Wad Madani on Wednesday.",
     "fired", "Blue Nile", "Gezira"),
])
def test_former_unit_before_the_reform_is_coded(text: str, trigger: str, former: str,
                                                today: str) -> None:
    assert _admin1(text, trigger, "2017-04-03") == former
    assert _admin1(text, trigger, "2020-04-03") == today


def test_units_no_reform_touched_keep_their_name() -> None:
    assert acled_admin1("CD", "Nord-Kivu", 2016) == "Nord-Kivu"
    assert acled_admin1("SD", "Khartoum", 2016) == "Khartoum"
    assert acled_admin1("SS", "Unity", 2016) == "Unity"  # South Sudan is not Sudan's former unit


def test_every_former_unit_holds_units_the_gazetteer_knows() -> None:
    # a misspelt unit of today would silently never match: each former unit must reach the gazetteer
    from eventcoder.geoparser.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    known: dict[str, int] = {}
    for (cc, today), (former, _) in former_units().items():
        hit = any(c.place.kind == "adm1" and c.place.cc == cc and c.place.name == today
                  for c in gaz.lookup(today))
        known[former] = known.get(former, 0) + hit
    assert all(known.values()), known
