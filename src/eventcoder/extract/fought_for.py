"""What a group or a person fights for or with, told to describe them, is no clash that took place.

"the Liberation Tigers of Tamil Eelam, the rebel group fighting for an independent homeland",
"a Malaysian militant fighting with the Islamic State in Syria", "a small group that says it is
fighting for an Islamic state": the participle or relative clause says what the group stands for
or whose side the man is on. Read as a trigger, it made a battle of a bombing's sentence and split
the bombing's blame from it. A fight with an object ("fighting the army"), a fight for control of
a place ("fighting for control of the town") and a state force's fight with someone ("troops
fighting with rebels") are clashes, and stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.nlp.doc_cache import ancestors, children

_SIDES = frozenset({"for", "alongside", "with"})
# what is fought over in a clash, not a cause: "fighting for control of the town"
_STAKES = frozenset({"control", "possession", "supremacy", "territory", "town", "city", "village"})
# nouns of a state's forces: "troops fighting with rebels" fight against them
_FORCES = frozenset({"soldier", "troop", "army", "force", "police", "policeman", "officer",
                     "military", "government", "regime"})


def _described(token: Token) -> Token | None:
    """The noun a participle or relative clause of the fight describes ("the group fighting ...",
    "a group that says it is fighting ...")."""
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    for node in [token, *ancestors(token)]:
        if node.dep_ == "relcl":
            return node.head
    return None


def fought_for(token: Token) -> bool:
    """True for a fight told to describe a group or a person (see the module doc)."""
    if token.lemma_.lower() != "fight" or token.pos_ != "VERB" \
            or any(c.dep_ == "dobj" for c in children(token)):
        return False
    noun = _described(token)
    if noun is None or noun.lemma_.lower() in _FORCES:
        return False
    for prep in (c for c in children(token) if c.dep_ == "prep" and c.lower_ in _SIDES):
        stakes = [o for o in children(prep) if o.dep_ == "pobj"]
        if not stakes or any(o.lemma_.lower() in _STAKES for o in stakes):
            continue
        if prep.lower_ != "with" or any(o.ent_type_ in {"ORG", "NORP"} for o in stakes):
            return True  # "with" only beside a named side: "fighting with the Islamic State"
    return False
