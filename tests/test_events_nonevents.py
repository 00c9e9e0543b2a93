"""Generic, habitual, hypothetical and negated mentions are not incidents."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

INCIDENT = "Gunmen killed five villagers in Zamfara on Monday. "

GENERIC = [
    "The group has been accused of carrying out attacks in Niger.",
    "The region has seen a rise in sectarian attacks in recent years.",
    "The militants, who have seized control of large areas of Mali, want a caliphate.",
    "The group has sent hundreds of fighters to Libya.",
    "Its cadres have fought in Libya and returned home radicalised.",
    "Many young men went to fight in Libya and some were killed.",
    "There is evidence that the group is involved in attacking minorities in urban centres.",
    "The group has also begun targeting Christians and other minorities.",
    "Officials warned that the militants could attack the capital.",
    "No arrests have been made.",
    "The group threatened to bomb churches across the country.",
    "A Federal High Court in Abuja adjourned the trial of the former minister.",
    "Analysts say both groups have used suicide bombers against civilian targets in Borno.",
]


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


@pytest.mark.parametrize("sentence", GENERIC)
def test_generic_statement_adds_no_event(events_pipeline, sentence):
    text = INCIDENT + sentence
    doc = events_pipeline(Article(id="n", text=text, published="2020-02-04"))
    assert len(doc.events) == 1, [(e.event_type, e.trigger) for e in doc.events]
    boundary = len(INCIDENT)
    event = doc.events[0]
    assert all(start < boundary for start, _ in event._mentions)


def test_article_with_only_background_gets_a_low_confidence_record_at_most(events_pipeline):
    text = "The group has been accused of carrying out attacks in Niger for a decade."
    doc = events_pipeline(Article(id="n", text=text, published="2020-02-04"))
    assert all(e.confidence <= 0.35 for e in doc.events)


def test_a_sit_in_is_a_protest_and_present_perfect_onsets_are_incidents(events_pipeline):
    doc = events_pipeline(Article(id="n", text="Teachers staged a sit-in at the ministry on Monday.",
                                  published="2020-02-04"))
    assert [e.event_type for e in doc.events] == ["Protests"]
    text = "Riots erupted in Gafsa on Sunday. Youths set tyres alight and pelted police with stones."
    doc = events_pipeline(Article(id="n", text=text, published="2020-02-04"))
    assert len(doc.events) == 1
    assert any(text[s:e] == "Riots" for s, e in doc.events[0]._mentions)


def test_a_police_raid_is_a_strategic_development_not_an_attack(events_pipeline):
    doc = events_pipeline(Article(id="n", text="Police raided a newspaper office and closed it down.",
                                  published="2020-02-04"))
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [
        ("Strategic developments", "Other")]
