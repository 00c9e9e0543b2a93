"""The ACLED labels of a hand-written report's primary event, for the actor tests."""

from __future__ import annotations

from typing import Any

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def primary_roles(pipeline: Any, text: str, published: str) -> dict[str, str]:
    """ACLED label (or name) → role of each actor of the primary event."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return {a.acled_name or a.name: a.role for a in event.actors}


def labels(pipeline: Any, text: str, published: str) -> set[str]:
    """ACLED labels (or names) of the primary event's actors."""
    return set(primary_roles(pipeline, text, published))
