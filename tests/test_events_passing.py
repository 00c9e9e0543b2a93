"""In a long report, violence named once with no day, place or victims is a passing mention; an
incident the report dates, places or counts, or comes back to, stays. Reports written for these
tests, in the style of several outlets and countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# A minister's speech (seven sentences) that names violence only in passing.
SPEECH = (
    "The interior minister spoke to parliament in Nairobi on Tuesday about the new budget. "
    "She said the government would hire more teachers and nurses next year. "
    "The opposition has long blamed the ruling party for the bombing of schools and the hunger "
    "of the poor. "
    "She promised that roads in the north would be rebuilt before the rains. "
    "Members of parliament asked about the cost of the programme. "
    "The minister said that donors had pledged more money than expected. "
    "The debate will continue on Thursday."
)

# The same length, but the speech reports an incident with its day, place and toll.
REPORT = SPEECH.replace(
    "The opposition has long blamed the ruling party for the bombing of schools and the hunger "
    "of the poor. ",
    "She said gunmen had attacked a school in Garissa on Monday, killing three teachers. ",
)

# A long communique that recaps one incident over several sentences, with no date or toll.
RECAP = (
    "The rebel command issued a communique in Bogota on Friday. "
    "It said the movement remained committed to the peace talks. "
    "It also said its fighters had ambushed an army convoy. "
    "The ambush was carried out with rifles and grenades. "
    "The statement called on the government to release political prisoners. "
    "It asked the church to mediate. "
    "The army did not comment."
)


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


def _events(pipeline: Pipeline, text: str):
    return pipeline(Article(id="p", text=text, published="2021-05-04")).events


def test_a_passing_mention_in_a_long_speech_is_no_event(events_pipeline):
    assert _events(events_pipeline, SPEECH) == []


def test_an_incident_with_its_day_place_and_toll_stays(events_pipeline):
    events = _events(events_pipeline, REPORT)
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_an_incident_the_report_comes_back_to_stays(events_pipeline):
    events = _events(events_pipeline, RECAP)
    assert len(events) == 1 and "ambush" in events[0].trigger


@pytest.mark.parametrize("note", [
    "Gunmen attacked a convoy.",
    "Militants bombed a school, police said. No group has claimed the attack.",
])
def test_short_notes_keep_their_unanchored_incident(events_pipeline, note):
    assert _events(events_pipeline, note)
