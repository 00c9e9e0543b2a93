"""Destroying a found device is disrupted weapons use: "the army destroyed 4 home-made bombs".

The 'destroy bomb' trigger (data/event_triggers.yaml) holds only when the device is what was
destroyed, not the means of a destruction ("militants destroyed a bridge with explosives").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.nlp.doc_cache import children

_DEVICES = frozenset({"bomb", "ied", "landmine", "explosive", "device"})
# a strike that destroys a group's bombs is the strike itself ("jets destroyed bombs stored at a
# camp"): the air strike record tells it, a disrupted-use record would count it twice
_STRIKERS = frozenset({"strike", "airstrike", "jet", "warplane", "aircraft", "plane", "drone",
                       "helicopter", "shelling", "raid", "bombardment"})


def destroyed_device(verb: Token) -> bool:
    """'destroyed 4 home-made bombs': the device is what was destroyed (the verb's object or its
    conjunct), not the means ('destroyed a bridge with explosives')."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _STRIKERS for c in children(verb)):
        return False
    objects = [c for c in children(verb) if c.dep_ == "dobj"]
    objects += [c for o in objects for c in children(o) if c.dep_ == "conj"]
    return any(o.lemma_.lower() in _DEVICES or o.lower_ in _DEVICES for o in objects)
