"""Two armed groups given as alternatives are one ACLED actor: "A and/or B".

"Suspected ISWAP or Boko Haram fighters seized a trader" does not say which group acted; ACLED codes
such an incident with one actor named after both, in the text's order ("JNIM: Group for Support
of Islam and Muslims and/or Islamic State (Greater Sahara)"; acled_train.jsonl holds 16 such
records, for JNIM/ISGS and ISWAP/Boko Haram). Two groups joined by "and" stay two actors.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor

# ACLED's combined actors keep one order whatever the text's (acled_train.jsonl, ACLED 2020
# exports: "ISGS or JNIM militants" is still "JNIM ... and/or Islamic State (Greater Sahara)").
ACLED_ORDER = (
    ("JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)"),
    ("Islamic State (West Africa)", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
)
# what may stand between the two names: "JNIM or ISGS", "JNIM and/or ISGS", "ISWAP or the JAS"
_OR = re.compile(r"^\s*(?:,\s*)?(?:and/)?or\s+(?:the\s+)?$", re.IGNORECASE)
# ACLED labels of actors that are not one armed group: generic classes and state forces
_NOT_GROUP = re.compile(r"^(?:Military|Police) Forces|^Government of"
                        r"|^(?:Civilians|Protesters|Rioters|Unidentified)\b")


def _group(ea: EventActor) -> bool:
    label = ea.acled_name or ""
    return bool(label) and ea.start is not None and ea.end is not None \
        and not _NOT_GROUP.search(label)


def join_alternatives(text: str, event: Event) -> None:
    """Merge two armed groups the text gives as alternatives into one "A and/or B" actor."""
    groups = sorted((a for a in event.actors if _group(a)), key=lambda a: a.start or 0)
    for first, second in zip(groups, groups[1:], strict=False):
        if not _OR.match(text[first.end:second.start]):
            continue
        # a label that already is an alternative ("ISWAP and/or Boko Haram") is not repeated
        parts = (first.acled_name or "").split(" and/or ") + (second.acled_name or "").split(" and/or ")
        first.acled_name = " and/or ".join(_acled_order(list(dict.fromkeys(parts))))
        first.name = first.acled_name
        first.end = second.end
        first.mention = text[first.start:second.end]
        if second.role == "perpetrator":
            first.role = "perpetrator"
        event.actors = [a for a in event.actors if a is not second]
        event.notes.setdefault("actors", "two groups given as alternatives: one actor, A and/or B")
        return


def _acled_order(parts: list[str]) -> list[str]:
    """The parts in ACLED's order where ACLED combines the same two groups, else as written."""
    for pair in ACLED_ORDER:
        if sorted(parts) == sorted(pair):
            return list(pair)
    return parts
