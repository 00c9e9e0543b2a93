"""People killed or hurt "in a strike" were hit from the air, by the side that owns the strike; a
walkout with its workers beside it stays a protest."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article


def _event(pipeline: Any, text: str, published: str = "2023-11-20") -> Any:
    events = pipeline(Article(id="strike", text=text, published=published, source=None)).events
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("Two Hezbollah fighters were killed in an Israeli strike on a car in southern Lebanon on "
     "Monday.", "Military Forces of Israel"),
    ("Three civilians were killed in a Russian strike on Kharkiv on Friday.",
     "Military Forces of Russia"),
    ("Five people died in a strike on a market in Idlib on Tuesday, rescuers said.", None),
])
def test_killed_in_a_strike_is_an_air_strike(pipeline: Any, text: str,
                                             perpetrator: str | None) -> None:
    event = _event(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence",
                                                       "Air/drone strike")
    doers = [a.acled_name or a.name for a in event.actors if a.role == "perpetrator"]
    assert perpetrator is None or any(perpetrator in d for d in doers)


@pytest.mark.parametrize("text", [
    "Teachers in Nairobi went on strike on Monday over unpaid wages.",
    "Two miners were injured in a strike at a gold mine in Rustenburg on Monday when guards "
    "fired rubber bullets at picketing workers.",
])
def test_a_walkout_stays_a_protest(pipeline: Any, text: str) -> None:
    assert _event(pipeline, text).event_type == "Protests"
