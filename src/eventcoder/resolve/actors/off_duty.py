"""Soldiers and police attacked off duty are civilians.

"Gunmen shot dead an off-duty police officer", "militants killed a soldier (off-duty) on his way
home": a member of the state forces attacked while not on duty is no party to a fight, and ACLED
codes him as a civilian of his country (ACLED Codebook, "Civilians": off-duty security personnel
are coded as civilians; acled_train.jsonl: 7 of the 8 off-duty victims are "Civilians (<country>)",
in Kenya and Somalia). The force keeps its own label when it is the doer ("off-duty police officers
demanded bribes"), when the text names no other doer, or when it does not say off duty.

A member of the forces attacked at his own home is off duty too, whether or not the text says so
("a policeman was shot dead in front of his house", "gunmen stormed the soldier's home"): the
acled_train.jsonl officers "shot dead at his home" are "Civilians (Kenya)". Here the doer need
not be named (a mine at the door), but a force that is itself a doer keeps its label.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors.same_label import relabel_once

_STATE = re.compile(r"^(?:Military|Police) Forces of (?:the )?(?P<c>[A-Z][^()]*?)(?: \(|$)")
_OFF_DUTY = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)
# "an off-duty police officer", "a soldier (assumed off-duty)", "a policeman, who was off duty,"
_BEFORE = re.compile(r"\boff[- ]duty\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AFTER = re.compile(r"^\s*(?:\((?:[\w-]+\s+){0,2}off[- ]duty\)|,?\s*who\s+(?:was|were)\s+off[- ]duty)",
                    re.IGNORECASE)


# "in front of his home", "stormed his house", "when entering his residence"; a home town, village
# or base is a place, not the man's house.
_AT_HOME = re.compile(
    r"\b(?:at|in|in\s+front\s+of|outside|near|inside|entering|into|stormed|raided|attacked)\s+"
    r"(?:his|her|their)\s+(?:own\s+)?(?:homes?|houses?|residences?)\b"
    r"(?!\s+(?:town|village|area|base|country|region|district|state|province|county|city))",
    re.IGNORECASE)


def _at_home(text: str, end: int) -> bool:
    """True if the clause after a victim's mention says he was at his home."""
    rest = re.split(r"(?<=[.;])\s", text[end:end + 200], maxsplit=1)[0]
    return bool(_AT_HOME.search(rest))


def _off_duty(text: str, start: int, end: int) -> bool:
    return bool(_BEFORE.search(text[max(0, start - 30):start])
                or _AFTER.match(text[end:end + 40]))


def _victim(event: Event, ea: EventActor) -> bool:
    """The force is the event's target, or was read as a doer beside another doer: "militants
    killed a member of a security agency (assumed off-duty soldier)" has one doer, the militants."""
    if ea.role == "target":
        return True
    return ea.role == "perpetrator" and any(
        a.role == "perpetrator" and a.start is not None and a.acled_name != ea.acled_name
        and not _STATE.match(a.acled_name or "") for a in event.actors)


def label_off_duty(text: str, event: Event) -> None:
    """Name state forces the text says were attacked off duty, or at their home,
    "Civilians (<country>)", once."""
    off = bool(_OFF_DUTY.search(text))
    home = bool(_AT_HOME.search(text))
    if not off and not home:
        return
    # with no doer the text names, the force itself may be the doer ("the military beat an
    # off-duty soldier"), which one actor cannot be both
    named_doer = any(a.role == "perpetrator" and a.start is not None for a in event.actors)
    doers = {a.acled_name for a in event.actors if a.role == "perpetrator"}

    def off_duty_victim(ea: EventActor) -> str | None:
        m = _STATE.match(ea.acled_name or "")
        if m is None or not _victim(event, ea) or ea.start is None or ea.end is None \
                or not ((off and named_doer and _off_duty(text, ea.start, ea.end))
                        or (home and ea.acled_name not in doers and _at_home(text, ea.end))):
            return None
        return f"Civilians ({m.group('c')})"

    relabel_once(event, off_duty_victim, "state forces attacked off duty: civilians",
                 keep_name=False)
