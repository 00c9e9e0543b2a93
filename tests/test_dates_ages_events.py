"""People's ages are no dates: "two victims, aged 24 and 31" names no 24th of a month in 1931.
Sentences written for several countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, str, str]] = [
    ("Gunmen shot dead two brothers, aged 19 and 23, in Spanish Town on Friday.", "2021-05-08",
     "2021-05-07"),
    ("Three men were shot dead in Laventille on Sunday night. Two of the victims, aged 24 and "
     "31, died at the scene.", "2023-04-10", "2023-04-09"),
    ("Two fishermen, aged 40 and 52, were abducted off Jolo, Sulu, on 3 May 2021.", "2021-05-08",
     "2021-05-03"),
]


@pytest.mark.parametrize(("text", "published", "day"), CASES)
def test_ages_leave_the_event_its_day(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """The event keeps the day the text gives it, never one read from ages."""
    events = pipeline(Article(id="t", text=text, published=published)).events
    assert events and str(events[0].date.start) == day, [(e.date.start, e.date.text) for e in events]
