"""Mentions of one incident make one record; distinct incidents make several; joint reports count."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


def run(pipeline: Pipeline, text: str) -> Document:
    """Process one hand-written article."""
    return pipeline(Article(id="m", text=text, published="2019-07-10"))


def test_anaphoric_mentions_merge_into_one_incident(events_pipeline):
    text = (
        "Gunmen stormed a minibus near Jos on Sunday, killing 11 passengers. "
        "The attack was condemned by the governor. "
        "Witnesses said the massacre lasted twenty minutes, and the slaughter shocked the town."
    )
    doc = run(events_pipeline, text)
    assert len(doc.events) == 1
    event = doc.events[0]
    assert event.event_type == "Violence against civilians"
    assert len(event._mentions) >= 4
    assert event._sentences == [0, 1, 2]


def test_different_places_are_different_incidents(events_pipeline):
    text = (
        "A bomb exploded at a market in Quetta on Monday, killing three people. "
        "Separately, gunmen shot dead two policemen in Peshawar on Tuesday."
    )
    doc = run(events_pipeline, text)
    assert len(doc.events) == 2
    assert doc.events[0].event_type == "Explosions/Remote violence"
    assert doc.events[1].event_type in {"Battles", "Violence against civilians"}


def test_joint_report_is_one_record_with_count(events_pipeline):
    text = "Two bombings in Kabul in 2015 together killed 40 people."
    doc = run(events_pipeline, text)
    assert len(doc.events) == 1
    assert doc.events[0].count == 2


def test_follow_up_arrests_are_their_own_linked_record(events_pipeline):
    text = (
        "Gunmen attacked a church in Kaduna last week, killing five worshippers. "
        "On Monday police announced the first arrests in connection with the Kaduna church attack."
    )
    doc = run(events_pipeline, text)
    assert [e.event_type for e in doc.events] == [
        "Violence against civilians",
        "Strategic developments",
    ]
    attack, arrests = doc.events
    assert arrests.sub_event_type == "Arrests"
    assert arrests.related_to == attack.id
    assert attack.related_to is None
    # the reference inside the arrests sentence does not add that sentence to the attack
    assert attack._sentences == [0]


def test_protest_absorbs_its_clashes_and_arrests(events_pipeline):
    text = (
        "Thousands of demonstrators marched in Lagos on Tuesday against fuel prices. "
        "Protesters clashed with police near the governor's office, and 30 people were arrested."
    )
    doc = run(events_pipeline, text)
    assert len(doc.events) == 1
    assert doc.events[0].event_type in {"Protests", "Riots"}
