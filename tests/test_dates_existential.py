"""'There had been fighting on Friday': the expletive 'be' states the incident itself, so its day
is the incident's even in the past perfect of reported speech; a past-perfect deed of someone
else ('had sacked the mayor on Tuesday') still dates nothing. Own sentences, several countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline

PUBLISHED = "2025-03-14"  # a Friday


@pytest.mark.parametrize(("text", "day"), [
    ("Residents said there had been heavy fighting in the outskirts of Wad Madani on Wednesday.",
     "2025-03-12"),
    ("Police said there had been clashes between herders and farmers near Mokwa on Sunday.",
     "2025-03-09"),
    ("Witnesses told reporters there had been an explosion near the Bakara market on Tuesday.",
     "2025-03-11"),
    ("Local officials said there had been heavy shelling of Kostiantynivka on Thursday night.",
     "2025-03-13"),
])
def test_there_had_been_dates_the_incident(text: str, day: str) -> None:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=PUBLISHED)))
    assert event is not None and event.date is not None
    assert event.date.start == day


def test_a_past_perfect_deed_of_another_still_dates_nothing() -> None:
    text = ("Traders who had closed their shops on Monday blocked the main road in Kisumu, "
            "police said.")
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=PUBLISHED)))
    assert event is not None
    assert event.date is None or event.date.start != "2025-03-10"
