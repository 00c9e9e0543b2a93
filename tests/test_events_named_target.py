"""A deed whose own phrase names its target (a named person, organisation or building) is one
incident, even when a long report names it once with no day, place or toll; a bare plural or a
country is no named target. Sentences and reports written for these tests (several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.extract.events.named_target import names_its_target
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _token(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The ministry condemned the murder of Judge Amina Ortiz.", "murder"),
    ("The party condemned the recent attack against the offices of the Electoral Commission.",
     "attack"),
    ("Gunmen shot Mayor Ibrahim Diallo outside his home.", "shot"),
    ("The bombing of the Serena Hotel shocked the capital.", "bombing"),
])
def test_a_named_person_organisation_or_building_is_a_named_target(nlp, sentence, word):
    assert names_its_target(_token(nlp, sentence, word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Human rights groups decried the murder of activists across the country.", "murder"),
    ("Officials said attacks on power lines had cut supplies.", "attacks"),
    ("He spoke of the invasion of Panama.", "invasion"),
])
def test_a_kind_of_target_or_a_country_is_not(nlp, sentence, word):
    assert not names_its_target(_token(nlp, sentence, word))


# A party statement (seven sentences) that names one deed once, with its named target.
STATEMENT = (
    "The central committee of the Labour Party met in Accra on Sunday. "
    "It discussed the preparations for the party congress. "
    "The committee issued a statement condemning the recent attack against the offices of the "
    "Electoral Commission. "
    "It said the congress would elect a new chairman. "
    "Delegates from every region will attend. "
    "The party also called for lower fuel prices. "
    "The congress opens next month."
)
UPPER = STATEMENT.upper()


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


@pytest.mark.parametrize("text", [STATEMENT, UPPER])
def test_a_named_target_keeps_a_deed_named_once_in_a_long_report(events_pipeline, text):
    events = events_pipeline(Article(id="s", text=text, published="2022-03-07")).events
    assert [e.trigger.lower() for e in events] == ["attack"]


def test_the_same_deed_on_a_kind_of_target_stays_a_passing_mention(events_pipeline):
    text = STATEMENT.replace("the recent attack against the offices of the Electoral Commission",
                             "attacks on opposition offices")
    assert events_pipeline(Article(id="s", text=text, published="2022-03-07")).events == []
