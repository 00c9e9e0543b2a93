"""A name given by a naming clause takes the part of the noun it names: "police suspect an
Islamist group that residents call al-Shabaab", "troops blamed a militia known as X". The name is
the clause's complement, the noun the sentence's suspect or doer.
"""

from __future__ import annotations

from typing import Any

# Verbs of a naming clause: "an Islamist group that residents call al-Shabaab".
_NAMING_VERBS = {"call", "name", "dub", "know"}


def named_noun(t: Any) -> Any | None:
    """The noun a naming clause gives the name of ('a group that residents call X', 'a militia
    known as X'), whose part in the sentence the name takes; else None."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head
    if t.dep_ not in {"oprd", "dobj", "attr", "pobj"} or verb.lemma_.lower() not in _NAMING_VERBS \
            or verb.dep_ not in {"relcl", "acl"} or verb.head.pos_ != "NOUN":
        return None
    if t.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i != t.i for c in verb.children) \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "the man who called X": a call, not a name
    return verb.head
