"""A compass adjective alone ('Northern', 'south-western') is a bearing when it describes the name
or unit after it, not a region called 'Northern' (Uganda, Ghana, Zambia, Sierra Leone); a region of
that name keeps its unit word right after it ('Northern Region', 'Eastern Province'). Sentences
written for these tests, several countries and styles (wire copy in capitals, case restored)."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.name_heads import bearing_adjective
from eventcoder.geoparser.names import norm


def _known(name: str) -> bool:
    return bool(get_gazetteer().lookup_key(norm(name)))


def _word_at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("Rebels killed a farmer in the Northern El Quiche department.", "Northern"),
    ("Troops shelled villages in the Eastern Equatoria border area, in the Western Lakes plains.",
     "Western"),
    ("A bomb went off in the northern department of Alta Verapaz.", "northern"),
    ("Gunmen raided a camp in the South-Western Balochistan hills on Monday.", "South-Western"),
    ("Militants attacked a post in the Central provinces of Mali.", "Central"),
    ("Police dispersed marchers in the southern state of Oaxaca.", "southern"),
])
def test_compass_word_before_a_name_or_unit_of_is_a_bearing(text: str, word: str) -> None:
    assert bearing_adjective(text, *_word_at(text, word), _known)


@pytest.mark.parametrize(("text", "word"), [
    ("Police shot a protester in Tamale in the Northern Region on Tuesday.", "Northern"),
    ("Rioters torched a police post in Eastern Province on Monday.", "Eastern"),
    ("Soldiers were deployed to the Northern Province, officials in Kigali said.", "Northern"),
    ("Fighting spread across the Northern and Eastern regions.", "Northern"),
    ("Gunmen killed two traders in Southern on Friday.", "Southern"),
    ("Looters emptied shops in the Western Cape town of Paarl.", "Western"),
    ("Rebels overran a garrison in Northern Bahr el Ghazal at dawn.", "Northern"),
])
def test_a_region_named_by_its_unit_word_is_no_bearing(text: str, word: str) -> None:
    assert not bearing_adjective(text, *_word_at(text, word), _known)


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("Police shot dead a protester in Tamale in the Northern Region on Tuesday.", "GH",
                 id="ghana_northern_region"),
    pytest.param("Rioters torched a police post in Eastern Province, Zambia, on Monday, killing one "
                 "officer.", "ZM", id="zambia_eastern_province"),
    pytest.param("GUATEMALA CITY, 12 JUL 89 (DPA) -- [TEXT] AN ARMY SPOKESMAN SAID TODAY THAT "
                 "REBELS KILLED A FARMER IN THE TOWN OF NEBAJ, IN THE NORTHERN EL QUICHE "
                 "DEPARTMENT, AND SET FIRE TO A BUS.", "GT", id="guatemala_wire_caps"),
])
def test_event_placed_in_the_country_the_region_or_bearing_belongs_to(pipeline: Any, text: str,
                                                                      country: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-08-10")))
    assert event is not None and event.location is not None
    assert event.location.country_code == country
