"""Arrests made at a clash, a riot or a demonstration are part of it (ACLED's codebook codes
arrests as a strategic development only when the arrest is the event); arrests after an attack
or a bombing stay the note's event. Sentences written for several countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, the main event's type)
NOTES: list[tuple[str, str]] = [
    # the arrest's sentence is dated, placed and counted, the clash's is not
    ("Police clashed with student protesters outside parliament. Twelve students were arrested "
     "in Dakar on 3 March 2021 and four officers were hurt.", "Riots"),
    ("Riot police fought with traders in the central market of Harare. Thirty-one traders were "
     "arrested in Harare on 14 January 2022.", "Riots"),
    ("Soldiers clashed with fighters of a local militia in the hills outside the town. Troops "
     "arrested six of the fighters near Kalehe, South Kivu, on 9 October 2021.", "Battles"),
    # one incident already
    ("Students and police clashed on the campus during a march over fees. Police detained 25 "
     "students in Kumasi, Ghana, on 11 March 2022.", "Riots"),
    # the arrest is the event: the attack is what the suspects are held for
    ("Police in Kano arrested four men on 8 June 2022 over a bomb attack on a mosque in May.",
     "Strategic developments"),
    ("Security forces arrested 30 suspected gang members in Port Harcourt on 5 May 2021 after a "
     "spate of killings in the city.", "Strategic developments"),
    ("Police arrested three suspects in Kisumu on 2 May 2022 over the killing of a trader last "
     "week.", "Strategic developments"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return Pipeline(stages=("events", "typing", "dates"))


@pytest.mark.parametrize(("text", "event_type"), NOTES)
def test_main_event_of_a_note_with_arrests(pipe: Pipeline, text: str, event_type: str) -> None:
    """The clash, riot or protest is the main event; an arrest after an attack stays one."""
    events = pipe(Article(id="t", text=text, published="2022-12-01")).events
    assert events, text
    assert max(events, key=lambda e: e.confidence).event_type == event_type, text


def test_arrest_is_linked_to_its_clash(pipe: Pipeline) -> None:
    """The arrest stays a record of its own, linked to the clash as a follow-up."""
    events = pipe(Article(id="t", text=NOTES[0][0], published="2022-12-01")).events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    clashes = [e for e in events if e.event_type == "Riots"]
    assert arrests and clashes
    assert arrests[0].related_to == clashes[0].id
    assert "related_to" in arrests[0].notes
