"""A capital named for its government ('a decree imposed by Ankara', 'Moscow's backing', 'Kigali
denied') is no place of the event when the article names another place; a capital that is the
scene ('in Nairobi', 'Kabul's western district') still places it."""

from __future__ import annotations

import re

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.geocode import geocode_stage


def _place(text: str, trigger: str) -> str | None:
    """The event location's name for an event on the sentence of ``trigger``."""
    doc = Document(article=Article(id="t", text=text, published="2022-03-01"))
    doc._doc = load_nlp()(text)
    m = re.search(trigger, text)
    assert m is not None
    sents = list(doc._doc.sents)
    ids = [k for k, s in enumerate(sents) if s.start_char <= m.start() < s.end_char]
    # the event's sentences: its own and the last one, where the capital stands for a state
    doc.events.append(Event(id="e1", _sentences=ids + [len(sents) - 1],
                            _mentions=[(m.start(), m.end())]))
    geocode_stage(doc)
    loc = doc.events[0].location
    return loc.name if loc else None


@pytest.mark.parametrize(("text", "trigger", "not_at"), [
    ("Police detained twelve students at a university in Izmir on Monday. The protest was against "
     "a curfew imposed by Ankara in January.", "detained", "Ankara"),
    ("Separatist fighters shelled a village near Donetsk overnight. Kyiv has long said the fighters "
     "depend on Moscow's support.", "shelled", "Moscow"),
    ("Gunmen attacked a bus outside Goma, killing four. Kigali denied that it arms the rebels.",
     "attacked", "Kigali"),
    ("Soldiers opened fire on protesters in Mandalay. The shooting came a week after sanctions "
     "announced by Washington.", "opened fire", "Washington"),
    ("Militants stormed a checkpoint near Quetta, killing two guards. Islamabad blamed the attack "
     "on fighters sheltering across the border.", "stormed", "Islamabad"),
])
def test_capital_standing_for_its_government_places_no_event(text: str, trigger: str,
                                                             not_at: str) -> None:
    assert _place(text, trigger) != not_at


@pytest.mark.parametrize(("text", "trigger", "at"), [
    ("A grenade exploded at a bus stop in Nairobi on Friday, wounding six. Police said they "
     "were searching for two men.", "exploded", "Nairobi"),
    ("A car bomb killed nine people in Kabul's western district on Sunday. The city has seen "
     "several such attacks.", "killed", "Kabul"),
    ("A fire tore through warehouses at Beirut's port on Thursday, injuring eleven workers, "
     "the Lebanese civil defence said.", "tore through", "Beirut"),
    ("Riot police dispersed a march on Lima's main square. Protesters from Cusco had joined the "
     "rally.", "dispersed", "Lima"),
])
def test_capital_that_is_the_scene_still_places_the_event(text: str, trigger: str, at: str) -> None:
    assert _place(text, trigger) == at


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("TEGUCIGALPA, 17 JUL 89 (DPA) -- [EXCERPT] ROBERTO CASTRO, RECTOR OF THE "
                 "TEACHERS COLLEGE, SAID THAT AT LEAST FIVE STUDENTS WERE HURT WHEN TROOPS "
                 "STORMED THE COLLEGE AND OPENED FIRE. AMONG THE INJURED WAS A STUDENT FROM THE "
                 "U.S.", "Honduras", id="wire_dateline_parsed_as_speaker"),
    pytest.param("ASUNCION, 3 AUG 90 (EFE) -- [EXCERPT] HERNAN GAONA, SPOKESMAN OF THE NATIONAL "
                 "POLICE, SAID THAT GUNMEN FIRED AT A BUS, HURTING FOUR PASSENGERS. AMONG THEM WAS "
                 "A TOURIST FROM THE U.S.", "Paraguay", id="wire_dateline"),
])
def test_a_dateline_capital_is_the_scene(pipeline, text: str, country: str) -> None:
    """A capital opening the text is the dateline, even when the dateline pattern misses it and
    the parse makes it a speaker ('ASUNCION ... REPORTED')."""
    from eventcoder.eval.acled import primary_event

    event = primary_event(pipeline(Article(id="t", text=text, published="1990-08-04")))
    assert event is not None and event.location is not None
    assert event.location.country == country
