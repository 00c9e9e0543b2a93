"""Heavy weapons a fight was fought with ("battled with mortars and machine guns", "fought with
tanks and artillery"): the weapons say how two sides fought, not that one side shelled the
other from afar. ACLED codes a fight both sides take part in as an armed clash whatever arms
they used; its shelling sub-type is fire from a distance that no one answers on the spot.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of two sides fighting each other.
FIGHT_VERBS = frozenset({"fight", "battle", "clash", "engage", "skirmish"})


def fought_with(token: Token) -> bool:
    """Whether a weapon noun is the instrument of a verb of fighting ("fought with artillery")."""
    head = token
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "with tanks and artillery": the first of the list
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with":
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in FIGHT_VERBS
