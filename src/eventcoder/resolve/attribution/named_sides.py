"""Both sides of a fight named as two countries' forces ("Indian and Pakistani troops exchanged
fire", "Kyrgyz and Tajik border guards traded fire"): ACLED's unidentified armed group, added
when a battle names no doer, would be a third side the text does not have.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document, Event
from eventcoder.geoparser.countries import demonym_code

_STATE = {"state forces", "police", "military"}


def _coordinated_nations(token: Any) -> set[str]:
    """Countries of demonyms coordinated on one force noun ("Kyrgyz and Tajik border guards")."""
    words = list(token.subtree)
    if token.dep_ == "conj":
        words += [token.head, *token.head.children]  # "Kyrgyz [nsubj] and ... guards [conj]"
    return {c for w in words if w.pos_ in {"PROPN", "ADJ", "NOUN"}
            for c in [demonym_code(w.text)] if c}


def sides_named(document: Document, event: Event) -> bool:
    """Whether a battle's parties are state forces of two countries, none of them its target."""
    if event.event_type != "Battles":
        return False
    countries: set[str] = set()
    doc = document.spacy_doc
    for a in event.actors:
        actor = document.actor_by_id(a.actor_id) if a.actor_id else None
        if a.role == "target" or actor is None or actor.kind not in _STATE:
            continue
        if actor.country:
            countries.add(actor.country)
        span = doc.char_span(a.start, a.end, alignment_mode="expand") \
            if a.start is not None and a.end is not None else None
        if span is not None:
            countries |= _coordinated_nations(span.root)
    return len(countries) >= 2


def doer_or_sides(document: Document, event: Event) -> bool:
    """Whether the event names a perpetrator or both sides of its fight."""
    return any(a.role == "perpetrator" for a in event.actors) or sides_named(document, event)
