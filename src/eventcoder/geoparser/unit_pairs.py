"""A place written with a unit after it ('Kingston, St Andrew', 'Victoria, Labuan', 'Penha, Rio de
Janeiro') when the gazetteer's containment cannot tell which readings go together: the unit may be
named by a city that shares its name with its province ('Rio de Janeiro', 'Nara'), or the
gazetteer may file the town under a neighbouring unit or under another name. The writer put the
two together because they lie together, so at least they lie in one country."""

from __future__ import annotations

import re

from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.gazetteer import Gazetteer, Place
from eventcoder.geoparser.types import Resolved

# the place is the scene of a locative ('in Penha, Rio de Janeiro'), not an item of a list
# ('in Kano, Kaduna and Lagos' names three cities)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|&)", re.IGNORECASE)
NEIGHBOUR_KM = 50.0
# a town this small outside the unit a city named after it stands for is a namesake ('Penha' of
# Santa Catarina for the Rio de Janeiro neighbourhood); a larger one may be meant
STRAY_MAX_POP = 100_000


def named_unit_of_city(city: Place, gaz: Gazetteer) -> Place | None:
    """The province or district of the city's country that bears the city's own name and holds it
    ('Rio de Janeiro' the state, 'Nara' the prefecture), else None."""
    for c in gaz.lookup(city.name):
        p = c.place
        if p.cc == city.cc and p.kind in ("adm1", "adm2") and gaz.contains(p, city):
            return p
    return None


# 'the Penha area of Rio de Janeiro', 'the Camino Verde neighbourhood of Tijuana', 'the Verona area
# in Malindi town': the first place is a part of the city named after it, as with a comma.
_PART_OF = re.compile(r"\s+(?:area|neighbou?rhood|district|suburb|quarter|sector|favela|zone)s?"
                      r"\s+(?:of|in)\s+(?:the\s+)?")


def city_part_gap(between: str) -> bool:
    """The words between two places make the first a part of the second ('Penha, ', ' area of ', ' area in ')."""
    return between.strip() == "," or bool(_PART_OF.fullmatch(between))


# 'the Stockholm suburb of Husby', 'the Johannesburg township of Soweto': a large city named
# first, as a modifier, holds the part named after 'of' ('the Soba area of Khartoum' names the
# part first: only a suburb or a township is written the other way round).
_CITY_FIRST = re.compile(r"\s+(?:suburb|township)\s+of\s+(?:the\s+)?")
_CITY_POP = 100_000


def city_first_gap(city: Place, between: str) -> bool:
    """The words between a large city and a place make the place its suburb (' suburb of ')."""
    return city.kind == "city" and city.pop >= _CITY_POP and bool(_CITY_FIRST.fullmatch(between))


def scene_pair(text: str, r: Resolved, nxt: Resolved) -> bool:
    """Whether 'X, Y' stands alone after a locative: a place and its unit, not a list of places."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, r.mention.start - 20) : r.mention.start])) \
        and not _LIST_AFTER.match(text[nxt.mention.end : nxt.mention.end + 6])


def inside_city_unit(r: Resolved, nxt: Resolved, gaz: Gazetteer) -> bool:
    """'Penha, Rio de Janeiro': a city named right after a place stands for the unit of its name
    that holds it; take the place's reading inside that unit, or drop a small place with none
    there (the city then stands for it). True when the place was settled so."""
    unit = named_unit_of_city(nxt.place, gaz) if nxt.place is not None else None
    if unit is None or r.place is None or gaz.contains(unit, r.place):
        return False
    inside = [s for s in r.ranked if gaz.contains(unit, s.place)]
    if not inside and r.place.pop < STRAY_MAX_POP:
        r.place = None  # a neighbourhood the gazetteer lacks: its namesake elsewhere is not it
        return True
    if not inside:
        return False
    r.place = inside[0].place
    inside[0].reasons.append(f"lies in {unit.name}, named right after it")
    return True


def neighbouring_pair(r: Resolved, nxt: Resolved) -> bool:
    """'Kingston, St Andrew': a town the gazetteer files under the next unit over, within
    ``NEIGHBOUR_KM`` of the unit named after it, in one country with it; a farther reading is
    another place of that name (the text's own local place the gazetteer lacks)."""
    p, u = r.place, nxt.place
    if p is None or u is None or p.cc != u.cc or None in (p.lat, p.lon, u.lat, u.lon):
        return False
    return haversine_km(p.lat, p.lon, u.lat, u.lon) <= NEIGHBOUR_KM


def in_city_country(r: Resolved, nxt: Resolved) -> None:
    """'Victoria, Labuan': the place's best reading in the country of the city named after it,
    which stands for its unit; with none, the place is a local name the gazetteer lacks
    ('Sosnovskoye, Donetsk' is no Russian village) and the city stands for it."""
    if r.place is None or nxt.place is None or r.place.cc == nxt.place.cc:
        return
    same = next((s for s in r.ranked if s.place.cc == nxt.place.cc), None)
    r.place = same.place if same is not None else None
    if same is not None:
        same.reasons.append(f"in the country of {nxt.place.name}, named right after it")


# "Copenhagen's Norrebro district", "Nairobi's Eastleigh neighbourhood": a large city's
# possessive names a part of it, which lies within reach of it.
_POSSESSIVE = re.compile(r"['\u2019]s\s+")


def city_possessive_gap(city: Place, between: str) -> bool:
    """The words between a large city and a place make the place its part ("'s ")."""
    return city.kind == "city" and city.pop >= _CITY_POP and bool(_POSSESSIVE.fullmatch(between))



def _far(p: Place, city: Place) -> bool:
    return p.lat is None or p.lon is None or city.lat is None or city.lon is None \
        or haversine_km(p.lat, p.lon, city.lat, city.lon) > NEIGHBOUR_KM


def part_near_city(part: Resolved, city: Resolved) -> None:
    """ "Aarhus's Gellerup": the part's best reading within ``NEIGHBOUR_KM`` of the city whose
    part it is said to be; with none, a quarter the gazetteer lacks (its namesake elsewhere is
    not it) and the city stands for it."""
    if part.place is None or city.place is None or not _far(part.place, city.place):
        return
    near = next((s for s in part.ranked if not _far(s.place, city.place)), None)
    part.place = near.place if near is not None else None
    if near is not None:
        near.reasons.append(f"a part of {city.place.name}, named before it")


def _possessor(part: Resolved, resolved: list[Resolved], text: str) -> Resolved | None:
    """The large city whose possessive names the part ("Copenhagen's Norrebro"), else None."""
    return next((r for r in resolved if r.place is not None and r.mention.end <= part.mention.start
                 and city_possessive_gap(r.place, text[r.mention.end : part.mention.start])), None)


def stray_parts(found: list[Resolved], resolved: list[Resolved], text: str) -> list[Resolved]:
    """``found`` without the places a large city's possessive names as its part ("Copenhagen's
    Norrebro district") that lie farther than ``NEIGHBOUR_KM`` from that city: a quarter the
    gazetteer lacks, whose namesake elsewhere (often a near spelling) is not it."""
    return [f for f in found if (city := _possessor(f, resolved, text)) is None
            or (f.place is not None and not _far(f.place, city.place))]
