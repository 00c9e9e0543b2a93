"""A nationality on an armed thing names that nation's military.

"A Russian patrol", "a Turkish drone", "a new Turkish column", "Israeli warplanes": the vehicle,
unit or weapon is the state's armed forces acting, as ACLED codes it ("Military Forces of
Russia"), wherever the event happens. Only a nationality word or country name that modifies
the noun counts; "a police patrol" or "a supply convoy" name no state.
"""

from __future__ import annotations

from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps

# Things only a state's armed forces field in the reports ACLED codes.
ARMED_THINGS = {"patrol", "drone", "warplane", "column", "convoy", "jet", "helicopter",
                "gunboat", "warship", "tank", "aircraft", "airstrike", "air strike", "artillery",
                "shelling", "reconnaissance", "unit", "battalion", "brigade", "detachment",
                "contingent", "reinforcement", "military", "army"}


def _nation(token: Any) -> str | None:
    return demonym_code(token.text) or (code_for_name(token.text) if token.text[:1].isupper()
                                        else None)


def armed_thing_hits(doc: Any, taken: list[tuple[int, int]]) -> list[Hit]:
    """Military hits for armed nouns a nationality modifies ("a Russian patrol")."""
    if doc is None:
        return []
    spec = actor_kb.terms()["classes"]["military"]
    out: list[Hit] = []
    for token in doc:
        if token.lemma_.lower() not in ARMED_THINGS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        mods = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}
                and c.i < token.i]
        codes = [code for code in (_nation(c) for c in mods) if code]
        if len(codes) != 1 or any(m.lower_ in {"police", "rebel", "militia"} for m in mods):
            continue
        start = min(m.idx for m in mods)
        end = token.idx + len(token.text)
        if overlaps(start, end, taken + [(h.start, h.end) for h in out]):
            continue
        label = actor_kb.class_label("military", country_name(codes[0]))
        out.append(Hit(start, end, doc.text[start:end], f"term:military:{codes[0]}", label,
                       spec["kind"], label, codes[0], cls="military"))
    return out
