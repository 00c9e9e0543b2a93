"""Ages are no days of a month: "two of the victims, aged 19 and 23, died" must not date the
incident to a 19th or 23rd. Sentences written for several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, str, str]] = [
    ("Four men were shot dead outside a tavern in Soweto on Friday night. Police said that two of "
     "the victims, aged 19 and 23, died at the scene and the others in hospital.",
     "2022-07-11", "2022-07-08"),
    ("Gunmen killed three farmers near Riohacha on Tuesday, the Guajira police said. Two of the "
     "dead, aged 41 and 56, were brothers who had refused to pay extortion.",
     "2021-03-04", "2021-03-02"),
    ("A suicide bomber killed five worshippers at a mosque in Quetta on Monday. Among the dead, "
     "ages 12 to 15, were three pupils of a nearby madrassa, Dawn reported.",
     "2019-11-20", "2019-11-18"),
]


# Ages and no other date: the incident stays undated (no 17th of a month is invented).
AGES_ONLY: list[tuple[str, str]] = [
    ("Two brothers, aged 17 and 21, were shot dead outside their home in Soweto, police said.",
     "2022-07-11"),
    ("Gunmen killed two farmers, aged 41 and 56, near Riohacha, the Guajira police said.",
     "2021-03-04"),
    ("A bomber killed three pupils, ages 12 to 15, at a madrassa in Quetta, officials said.",
     "2019-11-20"),
]


@pytest.mark.parametrize(("text", "published"), AGES_ONLY)
def test_ages_alone_give_no_day(pipeline: Pipeline, text: str, published: str) -> None:
    """Only ages are written: no day of a month is read from them."""
    events = pipeline(Article(id="t", text=text, published=published)).events
    assert events, text
    assert events[0].date.precision != "day", (text, events[0].date)


@pytest.mark.parametrize(("text", "published", "day"), CASES)
def test_ages_do_not_date_the_incident(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    """The weekday dates the incident; the victims' ages do not."""
    events = pipeline(Article(id="t", text=text, published=published)).events
    assert events, text
    assert (events[0].date.start, events[0].date.precision) == (day, "day"), text
