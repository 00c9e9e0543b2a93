"""'On several occasions, the army has raided villages and killed farmers': a deed told as
happening on many occasions is a habit the report describes, not one incident it reports."""

from __future__ import annotations

from typing import Any

# counts that make "occasions" many: "on several occasions", "on numerous occasions"
_MANY = frozenset({"several", "many", "numerous", "various", "repeated", "countless", "multiple",
                   "other", "previous", "past", "earlier", "different", "frequent"})


def _many_occasions(prep: Any) -> bool:
    return prep.dep_ == "prep" and prep.lower_ in {"on", "in"} and any(
        p.lemma_.lower() == "occasion" and p.tag_ == "NNS"
        and any(a.lower_ in _MANY or a.like_num for a in p.children)
        for p in prep.children)


def on_many_occasions(verb: Any) -> bool:
    """The verb, or the first verb of its coordination ("assaulted ..., captured and murdered"),
    is done "on several occasions"."""
    t = verb
    for _ in range(4):
        if any(_many_occasions(c) for c in t.children):
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def habitual_deed_noun(noun: Any, adverbs: set[str]) -> bool:
    """A plural deed noun whose clause says how often such deeds happen ("as ETA's attacks on
    property often are", "the militia's raids usually come at night"): a habit, not this deed."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in noun.head.children)
