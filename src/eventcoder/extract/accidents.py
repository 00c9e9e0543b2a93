"""A death or injury told as an accident: "two pilots were killed when their helicopter crashed",
"a soldier died in a road accident", "the officer was killed when his car overturned".

A crash, a capsizing or a road accident that nobody caused is no incident in any coding scheme
(ACLED, GTD and MUC-4 all leave accidents out), and "killed" alone would open one. The harm verb
must be timed by a mishap clause ("when ... crashed") or name the mishap ("in a crash"), and the
sentence must name no hostile cause: "crashed after being hit by rebel fire", "a helicopter shot
down", "the bus overturned when a mine exploded" stay attacks.
"""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.doc_cache import children

_HARM = frozenset({"kill", "die", "injure", "wound", "hurt", "perish"})
# verbs and nouns of a mishap with a vehicle or a vessel
_MISHAP_VERBS = frozenset({"crash", "overturn", "capsize", "collide", "derail", "skid",
                           "plunge", "sink", "flip"})
_MISHAP_NOUNS = frozenset({"crash", "accident", "collision", "derailment", "capsizing"})
# any of these in the sentence gives the mishap a hostile cause
_HOSTILE = frozenset({"shoot", "fire", "attack", "hit", "ambush", "missile", "rocket", "mine",
                      "bomb", "explosive", "explode", "explosion", "blast", "sabotage", "gunfire",
                      "grenade", "strike", "target", "down", "gunman", "rebel", "guerrilla",
                      "militant", "insurgent", "terrorist", "ied"})


def _mishap_clause(verb: Any) -> bool:
    """'killed when their helicopter crashed', 'died after the boat capsized'."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in _MISHAP_VERBS for c in children(verb))


def _mishap_phrase(verb: Any) -> bool:
    """'killed in a plane crash', 'died in a road accident'."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _MISHAP_NOUNS for g in children(c))
        for c in children(verb))


def harm_by_accident(token: Any) -> bool:
    """The harm verb is timed by or named as a mishap, and the sentence names no hostile cause."""
    if token.lemma_.lower() not in _HARM or token.pos_ not in {"VERB", "AUX"}:
        return False
    if not (_mishap_clause(token) or _mishap_phrase(token)):
        return False
    return not any(t.lemma_.lower() in _HOSTILE for t in token.sent)
