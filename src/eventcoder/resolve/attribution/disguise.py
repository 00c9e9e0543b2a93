"""A disguise is no party: "gunmen disguised as police officers abducted six passengers".

What the doers were dressed as (police, soldiers, airport staff) names no one who took part; the
parse may even read "as police officers stopped a bus" as a clause whose subject is the disguise.
The disguise's mention gets no role, and the doers it disguises take the part the parse gave it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventcoder.nlp.doc_cache import children
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.slot_readings import read_subject

# participles that put the doers in another's clothes: "disguised/dressed/posing as"
DISGUISE_VERBS = {"disguise", "dress", "pose", "masquerade", "pretend"}


def disguise_word(token: Any) -> Any | None:
    """The participle of "disguised as <token's phrase>" before the mention, if any."""
    start = token.left_edge.i
    doc = token.doc
    while start > 0 and doc[start - 1].lower_ in {"a", "an", "the"}:
        start -= 1
    if start < 2 or doc[start - 1].lower_ != "as":
        return None
    word = doc[start - 2]
    return word if word.lemma_.lower() in DISGUISE_VERBS else None


def disguised_noun(token: Any) -> Any | None:
    """The disguise the doers at ``token`` wore ("gunmen [disguised as police officers]"):
    the noun right after the participle's "as"."""
    for c in children(token):
        if c.dep_ not in {"acl", "relcl", "amod"} or c.lemma_.lower() not in DISGUISE_VERBS:
            continue
        doc = token.doc
        if c.i + 2 >= len(doc) or doc[c.i + 1].lower_ != "as":
            continue
        noun = next((t for t in doc[c.i + 2: min(c.i + 7, len(doc))]
                     if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
        if noun is not None:
            return noun
    return None


def disguised_subject(token: Any) -> rules.Reading | None:
    """ "Four assailants disguised as airport staff hijacked an airliner": the parse makes the
    doers the subject of "disguised", a clause hung on the deed; they are the deed's subject."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in DISGUISE_VERBS \
            or verb.dep_ not in {"advcl", "ccomp"}:
        return None
    deed = verb.head
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(deed)):
        return None  # the deed has a subject of its own
    r = rules.Reading()
    read_subject(deed, deed.lemma_.lower(), r)
    return r if r.role == "perpetrator" else None


def read_through_disguise(token: Any, read_one: Callable[[Any], rules.Reading]) -> rules.Reading:
    """``read_one`` of the mention, with its disguise seen through: no part for the disguise, and
    the doers take the part a misparse gave it."""
    if disguise_word(rules.np_head(token)) is not None:
        return rules.Reading()  # "disguised as police officers": the disguise took no part
    reading = read_one(token)
    worn = disguised_noun(rules.np_head(token)) if reading.role == "other" else None
    if worn is not None:
        reading = read_one(worn)  # "gunmen disguised as police officers stopped ...": a misparse
    if reading.role == "other":
        reading = disguised_subject(rules.np_head(token)) or reading
    return reading
