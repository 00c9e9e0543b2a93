"""Firing into the air to warn or to scatter a crowd harms no one: "police fired into the air
to disperse the crowd", "soldiers shot in the air". A force that does so in a report of an
attack answers the incident; it is no perpetrator of it (a force firing on people still is).
"""

from __future__ import annotations

from typing import Any

_FIRE_VERBS = {"fire", "shoot"}
_SKY = {"air", "sky"}


def warning_fire(verb: Any | None) -> bool:
    """True for a firing verb aimed at the air ("fired into the air", "shot in the air", "fired
    several shots into the air")."""
    if verb is None or verb.lemma_.lower() not in _FIRE_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "into", "at", "toward", "towards"}
               and any(g.lemma_.lower() in _SKY for g in c.children if g.dep_ == "pobj")
               for c in verb.children)
