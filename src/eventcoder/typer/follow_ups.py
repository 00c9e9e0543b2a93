"""Arrests made at a clash, a riot or a demonstration are part of it, not the note's main event.

ACLED's codebook codes arrests as a strategic development only when the arrest is the event;
arrests of demonstrators are a protest "with intervention", and people seized or detained in a
fight or a riot are part of that fight or riot. A short note that tells a clash and the arrests
made there ("police clashed with activists; five leaders were arrested") is about the clash: the
arrest stays a record of its own, linked to the clash as a follow-up (the output contract's
``related_to``), and is trusted less than the clash so that the clash is the note's main event.
An arrest beside an attack or a bombing is left alone: suspects are arrested after an attack,
often days later, and such a note is about the arrest.
"""

from __future__ import annotations

from eventcoder.document import Document, Event

ARRESTS = ("Strategic developments", "Arrests")
# Event types whose arrests are made in the event itself.
_HOLDING_TYPES = frozenset({"Battles", "Riots", "Protests"})
# A clash trusted less than this is a passing or fallback mention (``events.stage`` caps them
# at 0.3): the arrest is the note's event.
_CONCRETE = 0.45
# How far below the clash an arrest is put: the later stages add at most this much for a
# record's date, place and deaths, so the clash stays first.
_MARGIN = 0.1


def _clash_of(events: list[Event], arrest: Event) -> Event | None:
    """The first clash, riot or demonstration of the note other than ``arrest``."""
    for event in events:
        if event is not arrest and event.event_type in _HOLDING_TYPES \
                and not getattr(getattr(event, "_incident", None), "reference_only", False):
            return event
    return None


def demote_arrests(document: Document, short: bool) -> None:
    """In a short note, make an arrest beside a clash, riot or demonstration its follow-up."""
    if not short or len(document.events) < 2:
        return
    for event in document.events:
        if (event.event_type, event.sub_event_type) != ARRESTS:
            continue
        clash = _clash_of(document.events, event)
        if clash is None or clash.confidence < _CONCRETE:
            continue
        event.confidence = round(max(0.05, min(event.confidence, clash.confidence - _MARGIN)), 3)
        if event.related_to is None:
            event.related_to = clash.id
        event.notes["related_to"] = (f"arrests made at the {clash.event_type.lower()} this note tells "
                                "(ACLED codes them with it): a follow-up, not the main event")
