"""A by-phrase the parser hung on the wrong word: "kidnapped in Medellin today, presumably by
guerrillas of the ELN, was released".

An afterthought agent set off by commas and a hedge often hangs in the parse on the sentence's
subject instead of on the passive verb it completes. When a "by" phrase hangs on a noun and the
nearest verb before it, with no other verb between, is a passive attack verb ("was kidnapped",
"were murdered"), the phrase is that verb's agent. A by-phrase on a noun that follows no passive
act ("a report by the police", "a statement by the army") names no doer.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
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
    rules._apply_governors(r, verb)
    hedges = {c.lower_ for c in by.children} & (rules.HEDGES - rules.WEAK_HEDGES)
    if r.attribution in {"stated", "confirmed"} and hedges:
        r.attribution = "suspected"
    return r
