"""Shared helpers for tests that type one written sentence with the events and typing stages."""

from __future__ import annotations

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


def typing_pipeline() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return Pipeline(stages=("events", "typing", "dates"))


def main_typing(pipe: Pipeline, text: str, published: str = "2022-12-01") -> tuple[str | None, str | None]:
    """(event type, sub-event type) of the text's most confident event; the text must have one."""
    events = pipe(Article(id="t", text=text, published=published)).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    return event.event_type, event.sub_event_type
