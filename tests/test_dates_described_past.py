"""A relative clause that tells a participant's past does not date the event.

"The radio station, whose owner was shot dead in March 2015, was bombed tonight": the
killing belongs to the station's description, even when a merged event counts "assassinated" among
its own words. A "whose" clause tells what befell someone the participant owns; a clause on the
victim or the doers ("a teacher who was shot on Thursday", "a gang who attacked traders on
Saturday") tells the event itself and dates it. Texts written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, published, date of the first event)
NOTES: list[tuple[str, str, str]] = [
    ("Gunmen attacked the offices of a radio station in Kirkuk on Tuesday, wounding a guard. The "
     "station, whose founder was killed in March 2009, has often been threatened. The attack "
     "damaged the building.", "2015-06-01", "2015-05-26"),
    ("A bomb exploded outside a bank in Athens on Friday night, causing damage. The bank, whose "
     "manager was shot dead in May 2001, had been targeted before. No one was hurt in the blast.",
     "2015-06-01", "2015-05-29"),
    ("Two grenades were thrown at the home of a judge in Tegucigalpa tonight. The judge, whose "
     "brother was kidnapped in August 2012, was not at home and nobody was injured.",
     "2015-06-01", "2015-06-01"),
    # a "who" clause on the victim or the doers tells the event itself, not someone's past
    ("Police said on Friday that rebels were behind the killing of a teacher who was shot during "
     "clashes in Bambari on Thursday night.", "2015-06-01", "2015-05-28"),
    ("Police are hunting a gang who attacked traders at a market in Kisumu on Saturday. One "
     "trader died of his wounds.", "2015-06-01", "2015-05-30"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: the dates stage reads events, parse and publication date."""
    return Pipeline()


@pytest.mark.parametrize(("text", "published", "day"), NOTES)
def test_participant_past_does_not_date_the_event(pipe: Pipeline, text: str, published: str,
                                                  day: str) -> None:
    """The event's date is its own, not the one a clause on a participant tells."""
    events = pipe(Article(id="t", text=text, published=published)).events
    assert events and events[0].date.start == day
