"""A blast at a rally is a bombing, not a protest: the rally is where it struck.

"A bomb exploded during a political rally", "a suicide bomber detonated explosives during an
election rally": the protest word names the scene (the object of "during", "at", "near" ...) or
the target ("targeted a march"), so the sentence's demonstration does not absorb the blast. A
protest told as its own act ("protesters marched ... after a grenade exploded", "thousands
protested against the blast") stays a protest. Texts written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, type of the first event)
NOTES: list[tuple[str, str]] = [
    ("A suicide bomber detonated explosives during an election rally in Peshawar on Monday, "
     "killing 20 people.", "Explosions/Remote violence"),
    ("A bomb exploded during a political rally in Kampala on Monday, killing three people.",
     "Explosions/Remote violence"),
    ("A suicide bomber on a motorbike blew himself up near an opposition rally in Jalalabad on "
     "Monday, killing nine people.", "Explosions/Remote violence"),
    ("A suicide bomber targeted a march of Shia mourners in Karbala on Monday, killing 14.",
     "Explosions/Remote violence"),
    ("Protesters marched in Bujumbura on Monday after a grenade exploded near the market.",
     "Protests"),
    ("Police fired tear gas at protesters during a rally in Nairobi on Monday.", "Protests"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: incidents and their types."""
    return Pipeline()


@pytest.mark.parametrize(("text", "event_type"), NOTES)
def test_blast_at_a_rally_is_a_bombing(pipe: Pipeline, text: str, event_type: str) -> None:
    """The first event's type is the blast's when the rally is only its scene."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events and events[0].event_type == event_type
