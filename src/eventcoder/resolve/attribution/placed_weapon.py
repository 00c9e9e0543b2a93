"""Who placed the bomb: the agent of a passive placing verb whose subject is a weapon.

"The device was put in the market storeroom by members of the Karen militia", "the explosive
device had been left outside the bank by the Red Hand Commando": placing, leaving or hiding a
bomb is the bomber's deed, though "place" or "leave" alone ("placed under arrest by police",
"left the area by the army's order") names none. The weapon as the verb's subject, directly or
through "was meant to be planted", is what makes the agent the doer; so is the weapon the
participle qualifies: "a landmine previously laid by Houthi fighters", "the device, planted by
the rebels".
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

PLACING_VERBS = {"place", "leave", "put", "hide", "position", "install", "deposit", "lay",
                 "plant", "bury"}
PLACED_WEAPONS = {"bomb", "device", "explosive", "explosives", "dynamite", "mine", "landmine",
                  "grenade", "charge", "ied", "package", "parcel", "car-bomb"}


def _weapon_subject(verb: Any) -> bool:
    """True if the verb's passive subject, or that of the verb it completes, is a weapon, or
    the verb is a participle qualifying a weapon ("a mine laid by ...")."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in PLACED_WEAPONS:
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and _weapon_before(verb):
        return True  # "struck a mine, previously laid by ...": the parser hangs it on the verb
    for holder in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ in {"nsubjpass", "nsubj"} and c.lemma_.lower() in PLACED_WEAPONS:
                return True
    return False


def _weapon_before(participle: Any) -> bool:
    """True if the noun just before a participle's phrase (past a comma) is a weapon."""
    i = participle.left_edge.i - 1
    doc = participle.doc
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() in PLACED_WEAPONS


def placed_weapon_agent(t: Any) -> Reading | None:
    """Perpetrator reading of the by-agent of a weapon being placed, left or hidden."""
    if t.dep_ != "pobj" or t.head.dep_ != "agent":
        return None
    verb = t.head.head
    if verb.lemma_.lower() not in PLACING_VERBS or not _weapon_subject(verb):
        return None
    r = Reading(role="perpetrator", verb=verb)
    rules.apply_governors(r, verb if verb.dep_ != "xcomp" else verb.head)
    return r
