"""A first-level unit's police named by the unit: "Haryana Police", "Sindh Police", "Kerala police".

States and provinces run their own police (India, Pakistan, Malaysia, Nigeria's state commands),
and the news names the force by the unit. ACLED codes them as the nation's police ("Police
Forces of India (2014-)"), as it does "state police" or "provincial police"; read as an unknown
organisation, "Haryana Police" had kept its own name as its label. The unit is known from the
gazetteer's first-level units, so no list of forces is needed.
"""

from __future__ import annotations

import functools

from eventcoder.geoparser.gazetteer import get_gazetteer

# Police words after the unit's name ("Punjab Police", "the Sindh police force").
POLICE_WORDS = frozenset({"police", "force", "service"})


@functools.cache
def names_first_level_unit(name: str) -> bool:
    """True when a name is a first-level unit's (a state, province or region) in the gazetteer."""
    return any(c.place.kind == "adm1" for c in get_gazetteer().lookup(name))


def unit_police(words: list[str]) -> bool:
    """True for a police force named by its state or province: "Haryana Police"."""
    low = [w.lower() for w in words if w.lower() != "the"]
    cut = next((i for i, w in enumerate(low) if w == "police"), None)
    if not cut or not set(low[cut:]) <= POLICE_WORDS:
        return False
    return names_first_level_unit(" ".join(w for w in words if w.lower() != "the")
                                  .rsplit(" ", len(low) - cut)[0])
