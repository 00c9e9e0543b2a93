"""Rules written for hold-out 21 (terse ACLED coders' notes), each tested on sentences written
here for several countries and outlets.

- "Tal Afar, 20 August: ...", "Ouallam, 6 Oct: ...": a note's header of a place and a day (either
  way round) before a colon names where it happened; the place the tagger read as a person or
  left unnamed is a place.
- "sentenced to 3.5 years", "about 1.5 hours": a length with a fractional count is no date (the
  date parser read "3.5" as the 3rd of May).
- "Youths torch police post in Kasese", "A US drone fires 2 missiles at a compound": a headline's
  present-tense deed verb the parser read as a noun (the sentence's root a noun) is parsed again
  in the past tense (nlp/headline_reparse.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.nlp.dateline_ents import note_header
from eventcoder.nlp.headline_reparse import past_form
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return default_pipeline()


def _event(pipeline: Any, text: str, published: str) -> Any:
    document = pipeline(Article(id="t", text=text, published=published))
    assert document.events, text
    return document.events[0]


@pytest.mark.parametrize(("text", "published", "country", "admin1", "day"), [
    ("Tal Afar, 20 August: Iraqi forces launch an offensive against IS in the town.",
     "2017-08-21", "Iraq", "Ninewa", "2017-08-20"),
    ("Lashkar Gah, 14 Oct: Taliban fighters attack police posts on the edge of the city.",
     "2016-10-15", "Afghanistan", "Helmand", "2016-10-14"),
    ("Ouallam, 6 Oct: gunmen kill 3 gendarmes at a checkpoint.",
     "2019-10-07", "Niger", "Tillaberi", "2019-10-06"),
    ("Sa'dah, 9 January: coalition airstrikes hit a market, 5 civilians killed.",
     "2018-01-10", "Yemen", "Saada", "2018-01-09"),
    ("Al Hoceima, 2nd June: residents rally against the arrest of local activists; police "
     "disperse them.", "2017-06-03", "Morocco", "Tanger-Tetouan-Al Hoceima", "2017-06-02"),
])
def test_note_header_names_the_place(pipeline: Any, text: str, published: str, country: str,
                                     admin1: str, day: str) -> None:
    """The place of a 'Place, day:' header is where the event happened; its day is the date."""
    event = _event(pipeline, text, published)
    assert event.location is not None and event.location.country == country
    assert event.location.admin1 == admin1
    assert event.date.start == day


@pytest.mark.parametrize(("head", "place"), [
    ("Tal Afar, 20 August: Iraqi forces", "Tal Afar"),
    ("5th December, Chitungwiza: residents", "Chitungwiza"),
    ("Beni, March 3rd: ADF", "Beni"),
    ("Kenema, 9 June 1998: RUF fighters", "Kenema"),
])
def test_note_header_shapes(head: str, place: str) -> None:
    match = note_header(head)
    assert match is not None and match.group("place") == place


@pytest.mark.parametrize("head", [
    "On 20 August, Iraqi forces launched an offensive.",  # a sentence, no header
    "Police said: two men were arrested on 4 May.",  # a speaker
    "Tal Afar, Ninewa: Iraqi forces",  # a place and its province, no day
    "20 August: Iraqi forces launched an offensive.",  # a day alone
])
def test_no_note_header(head: str) -> None:
    assert note_header(head) is None


@pytest.mark.parametrize("expr", ["3.5 years", "2,5 months", "about 1.5 hours", "7.5 years"])
def test_fractional_length_is_no_date(expr: str) -> None:
    info = resolve_date(expr, date(2021, 2, 3))
    assert info.precision == "unknown" and info.start is None


@pytest.mark.parametrize("expr", ["3.5.2019", "13.05.2020"])
def test_dotted_day_still_a_date(expr: str) -> None:
    assert resolve_date(expr, date(2020, 6, 1)).precision == "day"


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On 2 February, a court in Moscow sentenced the opposition leader to 3.5 years in a penal "
     "colony; supporters detained outside afterwards.", "2021-02-03", "2021-02-02"),
    ("Arrests: on 14 May, police in Almaty detained a blogger who was later jailed for 2.5 years.",
     "2019-05-15", "2019-05-14"),
    ("Supporters of the jailed journalist, sentenced to 4.5 years, were detained by police in "
     "Baku on 9 March.", "2020-03-10", "2020-03-09"),
])
def test_sentence_length_not_read_as_day(pipeline: Any, text: str, published: str, day: str) -> None:
    event = _event(pipeline, text, published)
    assert event.date.start == day


@pytest.mark.parametrize(("text", "verb"), [
    ("A US drone fires 2 missiles at a compound in Datta Khel, killing 4 suspected militants.",
     "fires"),
    ("Youths torch police post in Kasese after arrest of local leader.", "torch"),
    ("Angry traders stone council officials at Kisumu market.", "stone"),
    ("On 7 September, protesters storm and torch the Iranian consulate in Basra.", "storm"),
    ("Residents protesting two weeks without tap water in Bulawayo block the main road.", "block"),
])
def test_headline_verb_is_the_root(text: str, verb: str) -> None:
    """The present-tense deed of a headline-style note is the sentence's verb, its root."""
    doc = load_nlp()(text)
    root = next(iter(doc.sents)).root
    assert root.text == verb and root.tag_.startswith("VB")
    assert any(c.dep_ == "nsubj" for c in root.children)


@pytest.mark.parametrize(("text", "root"), [
    ("Protests over fuel prices in Lagos.", "Protests"),  # no deed verb after a noun
    ("Heavy fighting in Beni territory.", "fighting"),
    ("Police said the attack on the convoy near Garissa killed three officers.", "said"),
    # a deed noun ending a determined phrase after a preposition stays a noun
    ("Families of those killed in the 2011 Oslo massacre laid flowers at the lake on Friday.",
     "Families"),
    ("Survivors of the 1994 Kigali massacre gathered at the memorial in April.", "gathered"),
    ("Three soldiers killed in PKK bomb attack in Hakkari", "soldiers"),
    ("Items in the lorry at Garissa: two rifles; AK-47 magazines, 82 mm mortars, grenades.",
     "Items"),
])
def test_no_reparse_without_a_present_deed(text: str, root: str) -> None:
    """A headline without a present-tense deed verb, or a clause, keeps its parse."""
    doc = load_nlp()(text)
    assert next(iter(doc.sents)).root.text == root


@pytest.mark.parametrize(("text", "published", "event_type"), [
    ("Youths torch police post in Kasese after arrest of local leader.", "2018-05-02", "Riots"),
    ("Angry traders stone council officials at Kisumu market.", "2017-11-20", "Riots"),
    ("Residents of Soweto block the main road and throw stones at police on 3 May.", "2019-05-04",
     "Riots"),
])
def test_headline_deed_types_the_event(pipeline: Any, text: str, published: str,
                                       event_type: str) -> None:
    assert _event(pipeline, text, published).event_type == event_type


@pytest.mark.parametrize(("word", "past"), [
    ("fires", "fired"), ("torch", "torched"), ("stone", "stoned"), ("loots", "looted"),
    ("carry", "carried"), ("pass", "passed"),
])
def test_past_form(word: str, past: str) -> None:
    assert past_form(word) == past
