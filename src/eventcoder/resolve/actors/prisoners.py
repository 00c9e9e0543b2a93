"""Prisoners are an associated actor in ACLED's coding, never a side of their own.

ACLED puts "Prisoners (<country>)" among the associated actors and names the side after what the
prisoners do or suffer: prisoners who riot are "Rioters (<country>)", who protest "Protesters
(<country>)", and prisoners beaten, tortured or shot are "Civilians (<country>)". In
acled_train.jsonl no record of the 27 whose note speaks of prisoners, inmates or detainees has
"Prisoners" as a side; the 4 riots name Rioters. So the event actor keeps "Prisoners (<country>)"
as its name and takes the side's label as its ACLED name.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor

_PRISONERS = re.compile(r"^Prisoners \((?P<c>[^()]+)\)$")
# prisoners who riot or mutiny, whatever type the event got ("police fired at rioting prisoners",
# "inmates rioted"): the riot word next to a prisoner noun anywhere in the note
_RIOT = re.compile(
    r"\b(?:riot(?:s|ed|ing|ous)?|mutin(?:y|ies|ied|ous)|mutineering)\s+(?:[\w-]+\s+)?"
    r"(?:prisoners|inmates|detainees)\b|\b(?:prisoners|inmates|detainees)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:riot(?:ed|ing)?|mutinied)\b", re.IGNORECASE)


def _side(text: str, event: Event, actor: EventActor) -> str | None:
    if event.event_type == "Riots" or _RIOT.search(text):
        return "Rioters"
    if event.event_type == "Protests":
        return "Protesters"
    if actor.role == "target" or event.event_type == "Violence against civilians":
        return "Civilians"
    return None


def label_prisoners(text: str, event: Event) -> None:
    """Give prisoners the ACLED label of the side they are on: rioters, protesters or victims."""
    for a in event.actors:
        m = _PRISONERS.match(a.acled_name or a.name)
        side = _side(text, event, a) if m else None
        if m is None or side is None:
            continue
        a.name = m.group(0)
        a.acled_name = f"{side} ({m.group('c')})"
        event.notes.setdefault("actors", f"prisoners are coded as {side.lower()}")
