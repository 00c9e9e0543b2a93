"""'Belgorod Oblast', 'Kursk Oblast': a unit named after its capital city with a unit word. The
gazetteer may file the unit only under its local name ("Belgorodskaya oblast'"), so the name
without its unit word finds only the city; the unit meant is the city's own province when that
province's name begins with the city's name (an adjective made from it, as GeoNames writes
Russian oblasts). Otherwise the city stays, as before."""

from __future__ import annotations

from eventcoder.geoparser.gazetteer import OFFICIAL, Candidate, Gazetteer
from eventcoder.geoparser.names import norm

# Unit words that name a province or region, not a town's own district or its centre.
_PROVINCE_WORDS = (" oblast", " province", " region", " governorate", " prefecture", " krai")


def province_of_capital(gaz: Gazetteer, key: str, cands: list[Candidate]) -> list[Candidate]:
    """The provinces a unit-worded name means when it found only cities ('Kursk Oblast'), or
    the candidates unchanged."""
    stem = next((key[: -len(w)].strip() for w in _PROVINCE_WORDS if key.endswith(w)), None)
    if stem is None or len(stem) < 4 or not cands or any(c.place.kind != "city" for c in cands):
        return cands
    units: list[Candidate] = []
    for c in cands:
        unit = gaz.admin1(c.place)
        if unit is not None and norm(unit.name).startswith(stem) \
                and all(u.place.gid != unit.gid for u in units):
            units.append(Candidate(unit, OFFICIAL))
    return units or cands
