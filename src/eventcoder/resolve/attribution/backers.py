"""Blame for backing a deed is no blame for doing it: "the minister blamed India for backing the
attackers", "accused Kabul of sheltering the gunmen", "Georgia was accused of arming the rebels".
The state or group so blamed is the doers' sponsor, a party the report names, not the doer.
"""

from __future__ import annotations

from typing import Any

# Verbs and nouns of help given to the doers.
BACKING = {"back", "support", "arm", "fund", "finance", "shelter", "harbour", "harbor", "train",
           "sponsor", "aid", "abet", "assist", "supply", "equip", "protect", "hide", "help",
           "backing", "sponsorship", "funding", "sanctuary", "haven"}


def blamed_for_backing(verb: Any) -> bool:
    """Whether the blame verb's 'for'/'of' complement is help given, not the deed ('blamed X for
    backing the attackers', 'accused X of sheltering them')."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        for comp in (g for g in prep.children if g.dep_ in {"pcomp", "pobj"}):
            if comp.lemma_.lower() in BACKING or comp.lower_ in BACKING:
                return True
    return False
