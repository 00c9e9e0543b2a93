"""Hong Kong and Macau, countries in GeoNames, are first-level units of China in ACLED's coding:
an event there is in China with the territory as its admin1."""

from __future__ import annotations

import re

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.geocode import geocode_stage


def _location(text: str, trigger: str):
    doc = Document(article=Article(id="t", text=text, published="2021-09-01"))
    doc._doc = load_nlp()(text)
    m = re.search(trigger, text)
    assert m is not None
    si = next(k for k, s in enumerate(doc._doc.sents) if s.start_char <= m.start() < s.end_char)
    doc.events.append(Event(id="e1", _sentences=[si], _mentions=[(m.start(), m.end())]))
    geocode_stage(doc)
    return doc.events[0].location


@pytest.mark.parametrize(("text", "trigger", "admin1"), [
    ("Riot police fired tear gas at marchers in Hong Kong on Sunday evening.", "fired", "Hong Kong"),
    ("Officers detained four casino workers who staged a sit-in in Macau on Tuesday.", "detained",
     "Macau"),
])
def test_territory_is_a_unit_of_china(text: str, trigger: str, admin1: str) -> None:
    loc = _location(text, trigger)
    assert loc is not None and loc.country_code == "CN" and loc.admin1 == admin1


def test_other_countries_keep_their_own_code() -> None:
    loc = _location("Police dispersed a rally in Taipei on Saturday.", "dispersed")
    assert loc is not None and loc.country_code != "CN"
