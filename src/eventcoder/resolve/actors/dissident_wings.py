"""Dissidents of a group named by the group: "dissidents of the former FARC guerrilla" are the
dissident wing the KB lists apart ("FARC dissidents"), not the group that signed the peace.

English names a breakaway wing by its parent with "dissidents of (the former) X", "X's
dissidents" or "X dissidents". The KB lists such wings as actors of their own where they fight on
(FARC dissidents after the 2016 agreement); a name of the parent inside such a phrase is read as
the wing when the KB has one under "X dissidents" or "dissident X", and stays the parent when it
has none.
"""

from __future__ import annotations

import re

from eventcoder.resolve.actors import kb as actor_kb

# "dissidents of the former X", "dissident fighters from the ex-X", "a dissident faction of X"
_BEFORE = re.compile(
    r"\bdissidents?(?:\s+(?:fighters|members|factions?|groups?|units?))?\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:former|ex-?|old|demobili[sz]ed|disbanded)\s+)?$", re.IGNORECASE)
# "X's dissidents", "X guerrilla dissidents"
_AFTER = re.compile(r"^(?:['’]s)?(?:\s+(?:guerrilla|rebel|militia))?\s+dissidents?\b",
                    re.IGNORECASE)


def dissident_wing(text: str, start: int, end: int,
                   country: str | None) -> actor_kb.KBEntry | None:
    """The KB's dissident wing of the group named at text[start:end] when the phrase around the
    name makes its people dissidents, else None."""
    if not (_BEFORE.search(text[max(0, start - 80):start]) or _AFTER.match(text[end:end + 40])):
        return None
    surface = text[start:end]
    for name in (f"{surface} dissidents", f"dissident {surface}"):
        entry = actor_kb.lookup(name, country)
        if entry is not None:
            return entry
    return None
