"""Tolls read whole: "two dozen" and "more than three dozen" multiply (24, 36), "nearly two
hundred" is 200; and a toll spaCy swallows into a date entity with the weekday after it ("the toll
hit 54 on Monday") still counts people: a weekday marks a calendar number only beside it ("Saturday
13"). Sentences written for several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

# (text, published, fatalities, approximate)
TOLLS: list[tuple[str, str, int, bool]] = [
    ("More than two dozen villagers were killed by gunmen in Zamfara state on Friday, police said.",
     "2022-06-13", 24, True),
    ("Nearly three dozen miners were killed when armed men stormed a gold site near Kidal on "
     "Tuesday, local officials said.", "2023-04-07", 36, True),
    ("The death toll from Saturday's bombing of a rally in Bajaur hit 54 on Monday, officials said.",
     "2023-08-01", 54, False),
]


@pytest.mark.parametrize(("text", "published", "dead", "approximate"), TOLLS)
def test_toll_read_whole(
    pipeline: Pipeline, text: str, published: str, dead: int, approximate: bool
) -> None:
    """The toll as written, multiplier and all, and whether it is approximate."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None and event.fatalities is not None, text
    assert (event.fatalities.best, event.fatalities.approximate) == (dead, approximate), text
