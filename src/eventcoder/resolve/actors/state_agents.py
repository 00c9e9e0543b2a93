"""A country that attacks is its armed forces: 'Israel struck a house', 'Russia launched attacks'.

War reports make the state the agent of its forces' deeds: "Russia launched a second night of
drone and missile attacks on Odesa", "Israel struck a house in Khan Younis", "Turkey carried out
air strikes on ...". ACLED codes such an act as the state's military ("Military Forces of
Russia"). A country's name counts only as the subject of a verb of armed attack, or of a verb of
doing whose object is an attack ("launched/carried out/conducted ... strikes"); a country that
says, denies, condemns or votes is left to the other finders.
"""

from __future__ import annotations

from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name
from eventcoder.geoparser.forces import attacking_subject
from eventcoder.nlp.doc_cache import doc_ents
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps


def state_agent_hits(doc: Any, taken: list[tuple[int, int]]) -> list[Hit]:
    """Military hits for country names that are the subject of an armed attack."""
    if doc is None:
        return []
    spec = actor_kb.terms()["classes"]["military"]
    out: list[Hit] = []
    for ent in doc_ents(doc):
        if ent.label_ != "GPE" or not attacking_subject(ent.root):
            continue
        code = code_for_name(ent.text)
        if code is None:
            continue
        if overlaps(ent.start_char, ent.end_char, taken + [(h.start, h.end) for h in out]):
            continue
        label = actor_kb.class_label("military", country_name(code))
        out.append(Hit(ent.start_char, ent.end_char, ent.text, f"term:military:{code}", label,
                       spec["kind"], label, code, cls="military"))
    return out
