"""A defused device that had been planted at a target is an attempted bombing.

ACLED files "soldiers disarmed an explosive left by the bridge" as a strategic development
(Disrupted weapons use); GTD records the same as an unsuccessful Bombing/Explosion, and MUC-4 as
an attempted bombing. A cache found or weapons seized is no attempt: the device must have been
placed somewhere ("planted near", "placed in", "left outside", "under a car"), or aimed at a
target ("rockets set to be launched at the airport").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.nlp.doc_cache import children

DEVICE_LEMMAS = frozenset({
    "bomb", "device", "explosive", "charge", "mine", "grenade", "dynamite", "car-bomb", "ied",
    "package", "catapult",
})
PLACING_LEMMAS = frozenset({"plant", "place", "leave", "install", "fire", "aim", "attach",
                            "throw", "hurl", "launch"})
_AT_TARGET = frozenset({"at", "near", "outside", "under", "in", "inside", "beside", "against"})


def _placed_at(verb: Token) -> bool:
    return verb.lemma_.lower() in PLACING_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ in _AT_TARGET and any(p.dep_ == "pobj" for p in children(c))
        for c in children(verb))


def _placed(device: Token) -> bool:
    """ "an explosive left by the bridge", "rockets ... set to be launched at the airport"."""
    if _placed_at(device.head):
        return True  # "they planted a bomb in the restaurant"
    clauses = [c for c in children(device) if c.dep_ in {"acl", "relcl"}]
    return any(_placed_at(t) for c in clauses for t in c.subtree)


def attempted_bombing(mentions: list[TriggerMention]) -> bool:
    """True when a disrupted device had been planted at, or aimed at, a target."""
    for m in mentions:
        sent = m.token.sent
        for tok in sent:
            if tok.lemma_.lower() in DEVICE_LEMMAS and tok.pos_ in {"NOUN", "PROPN"} \
                    and _placed(tok):
                return True
    return False
