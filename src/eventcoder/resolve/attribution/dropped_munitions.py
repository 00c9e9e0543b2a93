"""Dropping munitions as an attack: "militants dropped explosives from drones on an army post".

"drop" alone is no attack verb ("the court dropped the charges", "prices dropped"); with a bomb,
a grenade or an explosive as its object it tells an air attack, and its subject did it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.lexicon import cues

# Verbs that deliver a munition from above or by hand when their object is one.
DELIVERY_VERBS = frozenset({"drop", "release", "rain"})


def _munition(noun: Any) -> bool:
    """A bomb, shell, grenade or explosive ("mortar bombs", "EXPLOSIVES" read as a name)."""
    word = noun.lemma_.lower()
    munitions = cues()["munitions"] - {"drone"}
    return word in munitions or (word.endswith("s") and word[:-1] in munitions)


def drops_munitions(verb: Any) -> bool:
    """Whether the verb drops munitions: "dropped explosives", "dropped two grenades"."""
    if verb.lemma_.lower() not in DELIVERY_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objects += [g for o in objects for g in o.conjuncts]
    return any(_munition(o) for o in objects)
