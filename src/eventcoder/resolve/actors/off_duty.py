"""Soldiers and police attacked off duty are civilians.

"Gunmen shot dead an off-duty police officer", "militants killed a soldier (off-duty) on his way
home": a member of the state forces attacked while not on duty is no party to a fight, and ACLED
codes him as a civilian of his country (ACLED Codebook, "Civilians": off-duty security personnel
are coded as civilians; acled_train.jsonl: 7 of the 8 off-duty victims are "Civilians (<country>)",
in Kenya and Somalia). The force keeps its own label when it is the doer ("off-duty police officers
demanded bribes"), when the text names no other doer, or when it does not say off duty.
"""

from __future__ import annotations

import re

from eventcoder.document import Event

_STATE = re.compile(r"^(?:Military|Police) Forces of (?:the )?(?P<c>[A-Z][^()]*?)(?: \(|$)")
_OFF_DUTY = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)
# "an off-duty police officer", "a soldier (assumed off-duty)", "a policeman, who was off duty,"
_BEFORE = re.compile(r"\boff[- ]duty\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AFTER = re.compile(r"^\s*(?:\((?:[\w-]+\s+){0,2}off[- ]duty\)|,?\s*who\s+(?:was|were)\s+off[- ]duty)",
                    re.IGNORECASE)


def _off_duty(text: str, start: int, end: int) -> bool:
    return bool(_BEFORE.search(text[max(0, start - 30):start])
                or _AFTER.match(text[end:end + 40]))


def label_off_duty(text: str, event: Event) -> None:
    """Name state forces the text says were attacked off duty "Civilians (<country>)", once."""
    if not _OFF_DUTY.search(text):
        return
    if not any(a.role == "perpetrator" and a.start is not None for a in event.actors):
        # no doer the text names: the force itself may be the doer ("the military beat an
        # off-duty soldier"), which one actor cannot be both
        return
    seen = {a.acled_name or a.name for a in event.actors}
    kept = []
    for ea in event.actors:
        m = _STATE.match(ea.acled_name or "")
        if m is None or ea.role != "target" or ea.start is None or ea.end is None \
                or not _off_duty(text, ea.start, ea.end):
            kept.append(ea)
            continue
        label = f"Civilians ({m.group('c')})"
        event.notes.setdefault("actors", "state forces attacked off duty: civilians")
        if label in seen:
            continue
        ea.name = ea.acled_name = label
        seen.add(label)
        kept.append(ea)
    event.actors = kept
