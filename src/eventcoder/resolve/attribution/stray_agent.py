"""A by-phrase the parser hung on the wrong word: "abducted near Kidal on Friday, apparently by
fighters of the JNIM, was freed".

An afterthought agent set off by commas and a hedge often hangs in the parse on the sentence's
subject instead of on the passive verb it completes. When a "by" phrase hangs on a noun and the
nearest verb before it, with no other verb between, is a passive attack verb ("was kidnapped",
"were murdered"), the phrase is that verb's agent. A by-phrase on a noun that follows no passive
act ("a report by the police", "a statement by the army") names no doer.

A deed prepared or set off by someone has that someone as its doer: "the blast was planned
by the Abu Sayyaf", "the killing was ordered by the cartel" (:func:`deed_author`).
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.claim_sentences import DEED_NOUNS
from eventcoder.resolve.attribution.rules import Reading

# How far back (tokens) the passive verb may stand from "by".
MAX_GAP = 12


def _passive(verb: Any) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def stray_agent(token: Any) -> Reading | None:
    """The doer of a passive act whose by-phrase the parse hung on a noun."""
    t = rules.np_head(token)
    if t.dep_ != "pobj" or t.head.lower_ != "by":
        return None
    by = t.head
    if by.dep_ == "agent" or by.head.pos_ in {"VERB", "AUX"}:
        return None  # read by the core grammar
    sent = by.sent
    verb = None
    for i in range(by.i - 1, max(sent.start, by.i - MAX_GAP) - 1, -1):
        tok = by.doc[i]
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"auxpass", "aux"}:
            verb = tok
            break
    if verb is None or not _passive(verb) or verb.lemma_.lower() not in rules.ATTACK:
        return None
    r = Reading(role="perpetrator", verb=verb)
    rules.apply_governors(r, verb)
    hedges = {c.lower_ for c in by.children} & (rules.HEDGES - rules.WEAK_HEDGES)
    if r.attribution in {"stated", "confirmed"} and hedges:
        r.attribution = "suspected"
    return r


# Verbs by which a deed is prepared or set off by someone ("the blast was planned by X").
DEED_AUTHOR_VERBS = {"organize", "organise", "plan", "order", "prepare", "mastermind", "cause",
                     "engineer", "instigate", "commission"}


def deed_author(token: Any) -> Reading | None:
    """'The blast was planned by X', 'the killing was ordered by X': the by-agent of a
    verb of preparing, whose passive subject is a deed, is its doer."""
    t = rules.np_head(token)
    if t.dep_ != "pobj" or t.head.lower_ != "by" or t.head.dep_ != "agent":
        return None
    verb = t.head.head
    if verb.lemma_.lower() not in DEED_AUTHOR_VERBS:
        return None
    deed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if deed is None and verb.dep_ == "acl":
        deed = verb.head  # "the attack planned by X"
    if deed is None or deed.lemma_.lower() not in DEED_NOUNS or not _one(deed):
        return None
    return rules.governed_doer(verb, t)


def _one(noun: Any) -> bool:
    """One deed ('the explosion'), not a record ('attacks planned by X')."""
    return noun.tag_ != "NNS" or any(c.dep_ == "det" for c in noun.children)
