"""Bare plurals: a plural noun with no article, possessive or number names a kind of thing or a
record ("attacks in Afghanistan", "the murder of activists") rather than particular ones ("the
attacks", "six activists"). Shared by the clause helpers, modality and attribution; it imports
nothing of theirs so that each can use it."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.nlp.doc_cache import children

_QUANTIFIERS = frozenset({"such", "these", "those", "some", "many", "all", "any"})


def is_unmarked_plural(token: Token) -> bool:
    """A plural noun with no determiner, possessive or number at all ("attacks", "activists")."""
    return token.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in children(token))


def is_bare_plural(token: Token) -> bool:
    """A plural noun with no determiner or number: "attacks in Afghanistan", "sectarian attacks";
    a quantifier ("such attacks", "many attacks") or a superlative keeps it a kind."""
    if token.tag_ != "NNS":
        return False
    kids = list(children(token))
    if any(c.dep_ == "nummod" for c in kids):
        return False
    dets = [c for c in kids if c.dep_ in {"det", "poss"}]
    if not dets:
        return True
    superl = any(c.tag_ in {"JJS", "RBS"} for c in kids)
    return superl or all(d.lower_ in _QUANTIFIERS for d in dets)
