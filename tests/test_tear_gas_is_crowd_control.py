"""Tear gas fired at a crowd is crowd control that tells a gathering, not shooting: the fire verb
with a gas object is a protest word, and its doer breaks up the demonstration it belongs to. The
demo's Dakar report is one violent demonstration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import eventcoder
from eventcoder.document import Article

SAMPLE = Path(eventcoder.__file__).parent / "samples" / "dakar_protest_teargas.txt"


def _events(pipeline: Any, text: str, published: str = "2024-02-10") -> list[Any]:
    return pipeline(Article(id="gas", text=text, published=published, source=None)).events


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Police fire tear gas at opposition supporters in Nairobi", "Protest with intervention"),
    ("Security forces fired tear gas on Tuesday at students marching in Kampala.",
     "Protest with intervention"),
    # live rounds beside the gas, and deaths: excessive force, one event
    ("Police fired tear gas and live bullets at protesters in Khartoum on Monday, killing two.",
     "Excessive force against protesters"),
    ("Rioters threw stones at police, who fired tear gas, in Mombasa on Monday.",
     "Violent demonstration"),
])
def test_tear_gas_at_a_crowd(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in _events(pipeline, text)] == [sub_event_type]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Soldiers fired at a minibus near Bamenda on Sunday, killing a passenger.", "Attack"),
    ("Police fired on protesters in Harare on Friday, killing two.",
     "Excessive force against protesters"),
])
def test_shots_stay_shots(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in _events(pipeline, text)] == [sub_event_type]


def test_the_demo_report_is_one_violent_demonstration(pipeline: Any) -> None:
    events = _events(pipeline, SAMPLE.read_text(encoding="utf-8"))
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Riots", "Violent demonstration")]
    assert str(events[0].date.start) == "2024-02-09"
