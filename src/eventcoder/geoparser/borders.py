"""'On the border with Niger', 'its frontier with Chad': what a place borders on is a country, so
the name after 'border with' is read as the country ('Niger', not Nigeria's Niger State), and the
event lies across that border, not in it (``resolve.event_location.cues.topic_country``)."""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import Candidate

BORDER_WITH = re.compile(r"\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def after_border_with(text: str | None, start: int) -> bool:
    """The name at ``start`` follows 'border with' ('on the border with Niger')."""
    return bool(text) and bool(BORDER_WITH.search(text[max(0, start - 30) : start]))


def border_country_only(text: str | None, start: int, cands: list[Candidate]) -> list[Candidate]:
    """Only the country readings of a name after 'border with', when it has one."""
    if not after_border_with(text, start):
        return cands
    return [c for c in cands if c.place.kind == "country"] or cands
