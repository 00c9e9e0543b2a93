"""Plausibility: drop numbers no report of one incident can mean, and say so in the notes.

"Killed 99999999999999999999999999 people" is a typo or a joke, not a toll. Counts above
:data:`MAX_COUNT` become null with a note (unknown is null with a reason), so nothing downstream
(the merge, a 32-bit PostgreSQL column, an export) ever sees them.
"""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.registry import stage

MAX_COUNT = 10_000_000  # more than any recorded single incident's toll
MAX_JOINT = 10_000  # incidents one joint record may cover
COUNT_FIELDS = ("fatalities", "injuries", "arrested", "perpetrators_killed")


def _too_large(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and not 0 <= value <= MAX_COUNT


def check_event(event: Event) -> None:
    """Null every implausible count of one event, with a note naming the dropped figure."""
    for name in COUNT_FIELDS:
        count = getattr(event, name, None)
        if count is None:
            continue
        figures = [count.low, count.best, count.high]
        if any(_too_large(v) for v in figures):
            shown = next(v for v in figures if _too_large(v))
            event.notes[name] = (
                f"the figure {shown} ({count.text!r}) is above the plausible bound of "
                f"{MAX_COUNT:,} for one incident; dropped"
            )
            setattr(event, name, None)
            event.evidence = [e for e in event.evidence if e.field != name]
    if not 1 <= int(event.count or 1) <= MAX_JOINT:
        event.notes["count"] = f"a joint record of {event.count} incidents is not plausible; set to 1"
        event.count = 1


@stage("plausible")
def plausible(document: Document) -> None:
    """Drop implausible counts from every event of the document."""
    for event in document.events:
        check_event(event)
