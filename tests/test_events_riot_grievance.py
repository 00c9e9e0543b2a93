"""A crowd's unrest over a killing is a riot, and the killing it answers is its grievance:
"Youths set cars alight in Nanterre after police shot dead a 17-year-old driver" is a riot with
no one killed in it, not an attack. Sentences written for several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published"), [
    ("Youths set cars and rubbish bins alight in Nanterre for a second night on Wednesday after "
     "police shot dead a 17-year-old driver during a traffic stop.", "2023-06-29"),
    ("Residents stormed a police station in Kisii on Monday after officers shot dead a boda boda "
     "rider.", "2024-03-05"),
    ("Youths burned tyres and blocked roads in Dhaka on Sunday after a bus ran over and killed "
     "two students.", "2018-07-30"),
])
def test_unrest_over_a_killing_is_a_riot(pipeline: Any, text: str, published: str) -> None:
    """The crowd's deed types the event; the killing is not counted as its toll."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None and event.event_type == "Riots", event and event.event_type
    assert event.fatalities is None or not event.fatalities.best, event.fatalities
