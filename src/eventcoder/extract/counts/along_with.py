"""The dead named beside a counted group with "along with" or "together with": "Five people,
including a police guard, were killed along with the bomber", "three soldiers died together
with two attackers". The preposition sets its object apart from the group the figure counts, so
its people add to that figure instead of hiding inside it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.phrase import Finding, _cue_kind, count_phrase
from eventcoder.nlp.doc_cache import span_tokens

_BESIDE = {"along", "together"}


def _beside_objects(verb: Any) -> list[Any]:
    """Objects of the verb's "along with" / "together with" ("killed along with the bomber")."""
    out = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and any(
                c.lower_ in _BESIDE for c in prep.children):  # "together" hung on the "with"
            out += [o for o in prep.children if o.dep_ == "pobj"]
            continue
        if prep.dep_ not in {"prep", "advmod"} or prep.lower_ not in _BESIDE:
            continue
        withs = {c for c in prep.children if c.lower_ == "with"}
        if prep.i + 1 < len(verb.doc) and verb.doc[prep.i + 1].lower_ == "with":
            withs.add(verb.doc[prep.i + 1])  # the parse may hang "with" on the verb instead
        out += [o for w in sorted(withs, key=lambda t: t.i) for o in w.children if o.dep_ == "pobj"]
    return out


def along_with(span: Any) -> list[Finding]:
    """Additive findings for the people a death verb names "along with" its counted subject."""
    out = []
    for verb in span_tokens(span):
        kc = _cue_kind(verb)
        if kc is None or kc[0] != "fatalities" or kc[1] != "verb":
            continue
        for obj in _beside_objects(verb):
            finding = count_phrase(verb, obj, "fatalities")
            if finding is not None and not finding.subset:
                finding.additive = True
                out.append(finding)
    return out
