"""A gathering that says what it is for: "thousands gathered ... to demand the cancellation of the
treaty", "residents assembled in solidarity with the strikers", "marched against the new tax". A
gathering verb alone is a weak sign of a demonstration (troops gather, mourners march), but one
whose own clause states a demand or a cause is the demonstration, and opens the incident the
police's tear gas or arrests in the next sentence then join."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import children

# Verbs of a purpose clause that make a gathering a demonstration ("to demand", "calling for").
# ("to protest", "in protest", "chanting" are demonstration triggers of their own, which open the
# incident themselves: the gathering is then left as it was.)
_CAUSE_VERBS = frozenset({"demand", "denounce", "condemn", "call", "oppose", "reject", "voice",
                          "express", "urge", "press", "decry"})
# "in solidarity with", "in support of": the gathering's cause as a phrase.
_CAUSE_NOUNS = frozenset({"solidarity", "support", "defiance", "opposition"})


def gathering_with_cause(token: Token) -> bool:
    """True when a gathering verb ('gathered', 'marched') has its demand or grievance in its own
    clause: a purpose clause of demanding, or a phrase 'against X' or 'in solidarity with X'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in cues()["intransitive_protest"]:
        return False
    for c in children(token):
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _CAUSE_VERBS:
            return True
        if c.dep_ == "prep" and c.lower_ == "against":
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _CAUSE_NOUNS for o in children(c)):
            return True
    return False
