"""'... had carried out the shooting in retaliation for the bombing of a fish shop a week earlier.
The IRA said it had planted that bomb': a distal "that"/"those" deed noun points to the deed told
last before it; when that deed is the one the news avenged (the object of "in retaliation for",
"in revenge for"), the claim is of the old deed, not of the news ("IS claimed that attack" right
after a second bombing the report tells is left to the incidents)."""

from __future__ import annotations

from typing import Any

from eventcoder.extract.events.reprisals import avenged_attack

_DISTAL = frozenset({"that", "those"})
_DEEDS = frozenset({"attack", "bombing", "bomb", "blast", "explosion", "shooting", "killing",
                    "massacre", "ambush", "raid", "assassination", "murder", "device"})
# how far back the deed "that" points to may lie (about two sentences)
_REACH = 80


def claims_avenged_deed(noun: Any) -> bool:
    """The distal deed noun points back to an avenged deed (see the module doc)."""
    if noun.lemma_.lower() not in _DEEDS or not any(
            c.dep_ == "det" and c.lower_ in _DISTAL for c in noun.children):
        return False
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - _REACH), -1):
        t = doc[i]
        if t.pos_ == "NOUN" and t.lemma_.lower() in _DEEDS:
            return avenged_attack(t)
    return False
