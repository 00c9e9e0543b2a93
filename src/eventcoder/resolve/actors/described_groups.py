"""Armed groups a report describes by their trade or politics instead of naming them: "drug
trafficking gangs", "extreme rightist groups", "the drug-trafficking organization", "a
right-wing death squad", "a criminal band".

The description is a group noun with a modifier that tells organised crime or political
extremism; ACLED codes such a group as an unidentified armed group, and the mention keeps the
description as written. A description standing in apposition to a name or said of it ("the
ELN, a leftist group", "X is a criminal gang") describes that name and is left to it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.geoparser.countries import country_name
from eventcoder.nlp.doc_cache import doc_tokens
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.context import noun_lemma
from eventcoder.resolve.actors.hits import Hit, overlaps

GROUP_NOUNS = {"group", "gang", "ring", "organization", "organisation", "cartel", "mafia", "band",
               "squad", "faction", "cell", "network", "syndicate", "clique"}
# Modifiers that make a group noun an armed group: organised crime and political extremism.
DESCRIPTORS = {"drug", "drugs", "trafficking", "traffickers", "narcotics", "narco", "cocaine",
               "criminal", "crime", "rightist", "leftist", "ultrarightist", "ultraleftist",
               "ultra-rightist", "ultra-leftist", "extreme", "far-right", "far-left", "right-wing",
               "left-wing", "rightwing", "leftwing", "paramilitary", "death", "hired", "mafia"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}


def _description(head: Any) -> Any | None:
    """The span of the head noun and the modifiers before it, if one of them is a descriptor."""
    mods = [c for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i]
    if not mods:
        return None
    start = min(t.i for m in mods for t in m.subtree)
    span = head.doc[start:head.i + 1]
    words = {t.lower_ for t in span if t.i != head.i}
    return span if words & DESCRIPTORS else None


def described_group_hits(doc: Any, taken: list[tuple[int, int]],
                         doc_country: str | None) -> list[Hit]:
    """Hits for groups described, not named ("drug trafficking gangs planted the bomb")."""
    spec = actor_kb.terms()["classes"]["uag"]
    cname = country_name(doc_country)
    acled = actor_kb.class_label("uag", cname) if cname else None
    out: list[Hit] = []
    for head in doc_tokens(doc):
        if head.pos_ not in {"NOUN", "PROPN"} or noun_lemma(head) not in GROUP_NOUNS \
                or head.dep_ in {"appos", "attr", "compound"}:
            continue
        span = _description(head)
        if span is None or overlaps(span.start_char, span.end_char,
                                    taken + [(h.start, h.end) for h in out]):
            continue
        out.append(Hit(span.start_char, span.end_char, span.text, f"term:uag:{cname or doc_country}",
                       acled or spec["name"], spec["kind"], acled, doc_country, cls="uag"))
    return out
