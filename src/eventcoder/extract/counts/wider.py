"""Tolls of a wider area than the incident's: "nine people had died across the country".

A report of one town's clashes often adds the toll of the whole day nationwide ("Two young men
were killed in Ziguinchor ... the minister said nine people had died across the country"). The
nationwide figure counts other incidents too: where the report also counts the town's own dead,
that count is the incident's, and the wider one is dropped. Alone, a wider toll is kept (the
report then tells the nationwide unrest as its incident).
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.phrase import Finding

_WIDE_ADVERBS = frozenset({"nationwide", "countrywide", "elsewhere", "overall", "altogether"})
_WIDE_PREPS = frozenset({"across", "throughout", "nationwide"})
_WIDE_NOUNS = frozenset({"country", "nation", "region", "regions", "state", "states",
                         "province", "provinces", "territory", "cities", "towns", "areas"})


def _wider(doc: Any, finding: Finding) -> bool:
    """The figure's verb or noun is scoped over a whole country or region."""
    if finding.cue < 0:
        return False
    cue = doc[finding.cue]
    heads = [cue, cue.head] if cue.pos_ not in ("VERB", "AUX") else [cue]
    for head in heads:
        for child in head.children:
            if child.lower_ in _WIDE_ADVERBS and child.dep_ in ("advmod", "npadvmod", "amod"):
                return True
            if child.dep_ == "prep" and (child.lower_ in _WIDE_PREPS or (
                    child.lower_ == "in" and any(g.lower_ in ("whole", "entire")
                                                 for p in child.children for g in p.children))):
                if any(p.lemma_.lower() in _WIDE_NOUNS or p.lower_ in _WIDE_NOUNS
                       for p in child.children if p.dep_ == "pobj"):
                    return True
    return False


def unless_alone(findings: list[Finding], marked: set[int]) -> list[Finding]:
    """Drop the marked findings (by id) where a finding of the same kind is not marked."""
    if not marked:
        return findings
    return [f for f in findings if id(f) not in marked
            or not any(o.kind == f.kind and id(o) not in marked for o in findings)]


def local_over_wider(doc: Any, findings: list[Finding]) -> list[Finding]:
    """Drop a toll of the whole country or region when a count of the same kind is not one."""
    return unless_alone(findings, {id(f) for f in findings if _wider(doc, f)})
