"""Admin1 names that differ between sources ('Idleb'/'Idlib', 'Banadir'/'Banaadir', 'Extreme-Nord'/
'Far North'): the gold name and the extracted one compared as gazetteer units, not as strings.

The gold name is looked up among every name the gazetteer holds for the units of the gold country
(GeoNames alternate names, and historical ones after ``eventcoder gazetteer import`` of
alternateNamesV2), and, since provinces are often named after their capital ('Idleb', 'Taizz'),
among the names of that country's large cities, which stand for the unit that holds them.
"""

from __future__ import annotations

from eventcoder.eval.metrics import country_code, norm_name
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.resolve.event_location.records import acled_admin1_names, reinverted

CAPITAL_MIN_POP = 50_000  # a town this large named like a province is that province's seat


def admin1_units(name: str | None, cc: str | None) -> set[int]:
    """Ids of the admin1 units of country ``cc`` that ``name`` may mean."""
    if not name or not cc:
        return set()
    out: set[int] = set()
    gaz = get_gazetteer()
    # ACLED's own name for a unit the gazetteer names otherwise ('Sala al-Din', 'Thi-Qar')
    names = [name] + [gaz_name for (c, gaz_name), acled in acled_admin1_names().items()
                      if c == cc and norm_name(acled) == norm_name(name)]
    names += [n for n in [reinverted(name)] if n]  # 'Comunidad de Madrid', shown term first
    for cand in (c for n in names for c in gaz.lookup(n)):
        p = cand.place
        if p.cc != cc:
            continue
        if p.kind == "adm1":
            out.add(p.gid)
        elif p.kind in ("city", "adm2") and p.a1 is not None and (
                p.kind == "adm2" or p.pop >= CAPITAL_MIN_POP):
            out.add(p.a1)
    return out


def same_admin1_unit(gold_country: str | None, gold_admin1: str | None, admin1: str | None,
                     cc: str | None) -> bool:
    """True when the gold admin1 and the extracted one name the same unit of the gold country."""
    gold_cc = country_code(gold_country) if gold_country else None
    if not gold_cc or not admin1 or (cc and cc != gold_cc):
        return False
    return bool(admin1_units(gold_admin1, gold_cc) & admin1_units(admin1, gold_cc))
