"""Holding hostages is no blame: "held more than 200 passengers hostage" names victims, while
"held X responsible" and "held on suspicion of" accuse (the verb "hold" is in the blame verbs)."""

from __future__ import annotations

from typing import Any

CAPTIVE_WORDS = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}


def held_captive(verb: Any, lemma: str) -> bool:
    """'held X hostage', 'held captive': those held are the victims."""
    return lemma == "hold" and any(c.lower_ in CAPTIVE_WORDS for c in verb.children)
