"""Figures a report itself replaces: the headline's, the first reports', and a toll before it rose.

A long report tells one toll several times. Its headline restates the lead ("Ten jawans, driver
killed as ..." over "Ten personnel ... and a civilian driver were killed"), an early figure is
named as such and then corrected ("Initial reports spoke of at least nine dead", "He had earlier
said that a dozen soldiers were dead", "had initially left five dead"), and a later sentence gives
the running total ("the number of people killed had risen to 11", "a fifth victim died, raising
the death toll to five"). Added up, these count the same dead twice; the body's, the corrected
and the latest figures are the incident's.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.extract.counts.phrase import Finding
from eventcoder.extract.counts.wider import unless_alone

# Adverbs that mark a figure as one later revised, wherever they sit on the figure's clause.
_REVISED = frozenset({"initially", "originally"})
# Words that mark a report as an earlier one only when they modify a telling verb or report noun
# ("had earlier said", "an earlier note", "initial reports", "first reports").
_EARLY = frozenset({"earlier", "initial", "first", "preliminary", "early"})
_TELLING = frozenset({"say", "report", "speak", "tell", "announce", "state", "put", "give", "cite",
                      "note", "figure", "toll", "count", "estimate", "tally", "account"})
# A headline: the text's first line, with no closing stop, above a blank line or the body.
_HEADLINE = re.compile(r"\A[^\n]{3,200}?(?<![.!?\"'])\n")


def headline_end(text: str) -> int:
    """The end of the headline line, or 0 where the text opens with a sentence."""
    m = _HEADLINE.match(text)
    return m.end() - 1 if m and len(text) > m.end() + 40 else 0


def _own_clause(cue: Any) -> list[Any]:
    """The cue and its heads up to the clause it is told in ("though the number was eventually
    raised to 16" ends at 'raised', not at the 'initially thought' it is joined to)."""
    out = [cue]
    node = cue
    while node.dep_ not in ("ROOT", "advcl", "conj", "relcl", "parataxis") and node.head is not node:
        node = node.head
        out.append(node)
    return out


def _early(doc: Any, finding: Finding) -> bool:
    """The figure's clause is told as a first or earlier account."""
    if finding.cue < 0 or finding.update:
        return False
    cue = doc[finding.cue]
    for node in _own_clause(cue):
        for c in node.children:
            low = c.lower_
            if low in _REVISED and c.dep_ == "advmod":
                return True
            if low in _EARLY and c.dep_ in ("advmod", "amod") and node.lemma_.lower() in _TELLING:
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _TELLING and any(
                    g.lower_ in _EARLY and g.dep_ == "amod" for g in c.children):
                return True  # "Initial reports on Friday spoke of at least nine dead"
    return False


def replaced_figures(doc: Any, text: str, findings: list[Finding]) -> list[Finding]:
    """Drop the headline's and the early accounts' figures where the body counts the same kind
    otherwise, and every figure a later running total of its kind restates."""
    end = headline_end(text)
    marked = {id(f) for f in findings if (end and f.start < end) or _early(doc, f)}
    findings = unless_alone(findings, marked)
    latest: dict[str, Finding] = {}
    for f in findings:
        if f.update and not f.perpetrator:
            latest[f.kind] = f
    return [f for f in findings if f.kind not in latest or f.update or f.perpetrator
            or f.start > latest[f.kind].start
            or (f.quantity.best or 0) > (latest[f.kind].quantity.best or 0)]


def later_total_sentences(sentence_count: int, events: list[Any], event: Any) -> list[int]:
    """Sentences of no incident that may give this event's running total: each goes to the
    nearest incident before it (or after it, where none comes before), historical ones aside."""
    live = [e for e in events if not e.historical and e._sentences]
    claimed = {i for e in events for i in e._sentences}
    if event not in live:
        return []
    out = []
    for i in range(sentence_count):
        if i in claimed:
            continue
        before = [e for e in live if min(e._sentences) < i]
        pool = before or live
        nearest = min(pool, key=lambda e: min(abs(j - i) for j in e._sentences))
        if nearest is event:
            out.append(i)
    return out
