"""A sentence that tells its dead one by one: "One victim was hacked to death and two others died",
"Two of the victims died at the scene, while a third died in hospital"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventcoder.extract.counts.numbers import sum_quantities
from eventcoder.extract.counts.phrase import Finding


def enumerated(doc: Any, findings: list[Finding]) -> list[Finding]:
    """Fold "two others" / "a third" into the count its own sentence gave before it: together they
    are that sentence's group, which the report's other figures may already hold, not an addition
    to the report's largest figure (across sentences "two others died later" still adds)."""
    out: list[Finding] = []
    for f in findings:
        base = None
        if f.additive and not f.subset and 0 <= f.key < len(doc):
            sentence = doc[f.key].sent
            base = next((o for o in reversed(out) if o.kind == f.kind and not o.additive
                         and not o.subset and sentence.start <= o.key < sentence.end
                         and o.key < f.key), None)
        if base is None:
            out.append(f)
            continue
        out[out.index(base)] = replace(
            base, quantity=sum_quantities([base.quantity, f.quantity]),
            start=min(base.start, f.start), end=max(base.end, f.end))
    return out
