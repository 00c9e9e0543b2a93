"""Firing to warn or to scatter a crowd harms no one: "police fired into the air to disperse the
crowd", "soldiers fired warning shots". A force that does so in a report of an attack answers
the incident; it is no perpetrator of it (a force firing on people still is).
"""

from __future__ import annotations

from typing import Any

_FIRE_VERBS = {"fire", "shoot"}
_SKY = {"air", "sky"}


def warning_fire(verb: Any | None) -> bool:
    """True for a firing verb aimed at the air or firing warning shots ("fired into the air",
    "shot in the air", "fired warning shots", "fired several shots into the air")."""
    if verb is None or verb.lemma_.lower() not in _FIRE_VERBS:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ in {"in", "into", "at", "toward", "towards"}
           and any(g.lemma_.lower() in _SKY for g in c.children if g.dep_ == "pobj")
           for c in kids):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in {"shot", "round"} and any(
        m.lower_ == "warning" for m in c.children) for c in kids)
