"""A bare number set off by commas after a name is the person's age, not a year: "Jose Maria
Larrea, 53, the party's spokesman" (spaCy tags the 53 a DATE, which would date the event 1953)."""

from __future__ import annotations

import re
from typing import Any

_BARE = re.compile(r"\d{1,3}")


def apposed_age(ent: Any) -> bool:
    """True for a bare one- to three-digit number between commas right after a proper noun or a
    person ("Cummings, 34, a father of two"; "the boy, 12, who sold newspapers")."""
    if not _BARE.fullmatch(ent.text.strip()):
        return False
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.text not in {",", ")", ";", "."}:
        return False
    head = doc[ent.start - 2]
    return head.pos_ in {"PROPN", "NOUN"} and not head.like_num
