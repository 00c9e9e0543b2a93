"""A barricade incident: armed men seize a building and hold the people in it hostage.

The trigger rules read "seized the chamber of commerce building" as a group taking ground, but
ACLED's "Non-state actor overtakes territory" is ground (a town, a base, an area); people held
in a building they took are a hostage taking, coded as an abduction (GTD: "Hostage Taking
(Barricade Incident)"). A seized town, village or base where hostages are also taken stays
territory.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Event
from eventcoder.nlp.doc_cache import children

TERRITORY = ("Battles", "Non-state actor overtakes territory")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
# Ground an armed group holds as territory: taking one of these is no barricade.
GROUND = {"town", "city", "village", "area", "base", "district", "control", "locality",
          "region", "camp", "position", "territory", "county", "hill", "garrison", "outpost",
          "barracks", "settlement", "province", "state", "capital", "border", "crossing",
          "airport", "port", "headquarters"}


def _seized(mention: Any) -> set[str]:
    """Lemmas of what a seizing verb or noun took (its object, or 'of' phrase)."""
    out = set()
    for c in children(mention.token):
        if c.dep_ in {"dobj", "pobj"}:
            out.add(c.lemma_.lower())
        elif c.dep_ == "prep" and c.lower_ == "of":
            out |= {g.lemma_.lower() for g in children(c) if g.dep_ == "pobj"}
    return out


def barricade_hostages(event: Event) -> bool:
    """The event's territory typing is a building seized with its people held hostage."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != TERRITORY or incident is None:
        return False
    mentions = list(incident.mentions)
    hostages = any(m.family == "abduction" and any(
        t.lower_ in {"hostage", "hostages"} for t in m.token.doc[m.start:m.end]) for m in mentions)
    seized = set().union(*(_seized(m) for m in mentions if m.family == "territory_lost"))
    return hostages and bool(seized) and not seized & GROUND
