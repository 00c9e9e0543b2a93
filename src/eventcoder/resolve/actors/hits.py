"""The mention record shared by the actor finders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Hit:
    """One mention of an actor, with what it resolved to."""

    start: int
    end: int
    text: str
    key: str
    name: str
    kind: str
    acled: str | None = None
    country: str | None = None
    known: bool = False
    cls: str | None = None
    alias: str | None = None  # an extra alias the mention defines ("Lashkar-e-Jhangvi (LeJ)")


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True if [start, end) overlaps any span."""
    return any(start < e and s < end for s, e in spans)
