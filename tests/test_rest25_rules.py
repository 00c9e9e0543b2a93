"""Rules of the rest25 round (country with source: the last lines), on sentences written for
several countries and outlets.

- A gapped trigger phrase may skip the hyphen inside one word ("passed 15-year prison
  sentences": the tokeniser splits '15-year' at its hyphen); other punctuation still ends it
  (extract/events/triggers.py _gap_word).

Each rule has negatives that stay quiet.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline

DAY = "2021-06-10"
SD = "Strategic developments"


def _primary(text: str, published: str = DAY) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=published)))


# (text, the primary event's type, its country)
TYPED = [
    ("A military court in Harare passed 10-year prison sentences on six opposition activists "
     "on Tuesday.", SD, "Zimbabwe"),
    ("The Dhaka tribunal handed down five-year jail sentences to 14 students for setting "
     "buses alight.", SD, "Bangladesh"),
    ("A Quetta anti-terrorism court handed 25-year sentences to three men convicted of the "
     "bus bombing.", SD, "Pakistan"),
]

QUIET = [
    # a court adjourning is no sentence
    "The Nairobi high court adjourned the 2-day hearing of the land case until March.",
    # a dash between clauses ends the phrase
    "The judge passed - after a long silence - the file back to the prosecution in Accra.",
]


@pytest.mark.parametrize(("text", "kind", "country"), TYPED)
def test_typed(text: str, kind: str, country: str) -> None:
    event = _primary(text)
    assert event is not None and event.event_type == kind
    assert event.location.country == country


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert _primary(text) is None
