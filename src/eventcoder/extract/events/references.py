"""Incidents a report names only as the topic of another event.

"Two suspects were detained over last month's ambush on the convoy of Governor Amina Bello"
reports an attack: the arrests follow it, and the event record contract links follow-ups to the
incident they follow (shared/spec/event-record.md, "One record per incident"). When the article
tells of that incident nowhere else, the reference itself is its only mention, and it makes a
record when it names the incident specifically: a target or place ("the attack on Senator X",
"the bombing in Quetta"), a qualifier ("the dynamite attack", "the Karachi bus attack") or an
owner ("the group's attack"). A bare "the attack" names nothing the reader could tell apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.document import REFERENCE_ONLY_NOTE
from eventcoder.extract import grammar
from eventcoder.nlp.doc_cache import children

# Prepositions that name a reference's target, place or time ("the attack on/against/in ...").
_SPECIFYING_PREPS = frozenset({"on", "against", "in", "at", "near", "upon", "outside", "inside"})
# Modifiers that say nothing of which incident it was ("the recent attack", "such attacks").
_UNSPECIFIC = frozenset({"recent", "latest", "last", "new", "other", "similar", "such", "alleged",
                         "previous", "earlier", "same", "further", "terrorist", "criminal"})


def specific_reference(token: Token) -> bool:
    """True when a reference noun names one incident the reader can tell apart."""
    if token.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in children(token)):
        return False  # "protests over killings": a class of incidents
    for child in children(token):
        objects = [g for g in children(child) if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if objects and child.lower_ in _SPECIFYING_PREPS:
            return True
        # "the killing of Bishop Okafor", "the killing of a student" (not "the murder of activists")
        if child.lower_ == "of" and any(not grammar.is_bare_plural(o) for o in objects):
            return True
        if child.dep_ in {"compound", "amod", "nmod", "poss"} and child.lower_ not in _UNSPECIFIC:
            return True
    return bool(grammar.local_places(token))


def reference_only(token: Token) -> str:
    """The note a record made from a reference carries."""
    return f"{REFERENCE_ONLY_NOTE} ({token.sent.text.strip()[:80]!r})"
