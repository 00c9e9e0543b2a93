"""A place named with the unit that holds it ('Lashkar Gah city, Helmand', 'Mansura in Ar-Raqqa',
'Samawa city, Muthanna province'): when the gazetteer's reading of the place lies in another country
than that unit, the reading is a namesake abroad and the name is one the gazetteer lacks. The event
is placed at the unit, keeping the written name, with the unit's precision. The same holds in
one country when the reading only resembles the written name ('Kalimago village, Lore Timur (Poso,
Central Sulawesi)' read as Kalimango, in another province) and lies outside the unit named."""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.gazetteer import Place
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.types import Resolved
from eventcoder.geoparser.unit_gap import place_unit_gap
from eventcoder.resolve.event_location.records import location_of

# the rest of a name matched in part ('Lashkar Gah' as 'Lashkar') may come first, a lower unit's name
# may stand before the holder's bracket, and up to three words after the link ('in the district of')
_BETWEEN = place_unit_gap(name_rest=2, near=True, words=3, unit_between=True)
# ... or a site's noun ('the Ifo refugee camp in Garissa', 'the Dallas estate in Embu town'). A site
# is often named after its own town ('Sulaymaniyah airport in the Kurdistan Region'): only a
# namesake this far from the holder is one abroad; a nearer one is the town, the holder misread.
_SITE_BETWEEN = place_unit_gap(name_rest=2, near=True, words=3, unit_between=True, sites=True)
SITE_NAMESAKE_KM = 1000.0
MAX_GAP = 45  # characters between the place and its unit
# a reading of the very name written, in the unit's country, this far from the unit is a namesake
# (cities of neighbouring regions listed together, "Mariupol, Zaporizhia", lie nearer)
NAMESAKE_IN_COUNTRY_KM = 300.0
# ... unless it is a city this large, which a list of cities names as itself ("in Assiut,
# Alexandria and Suez")
NAMESAKE_MAX_POP = 200_000


def unit_after(text: str, choice: Resolved, places: list[Resolved]) -> Resolved | None:
    """The unit named right after the chosen place that lies in another country than the place's
    reading and holds no reading of that name, else None."""
    place = choice.place
    if place is None or place.kind not in ("city", "adm2"):
        return None
    m = choice.mention
    for r in places:
        unit = r.place
        if unit is None or unit.kind not in ("adm1", "adm2", "city") or r.mention.start <= m.end:
            continue
        gap = text[m.end : r.mention.start]
        if r.mention.start - m.end > MAX_GAP or not (_BETWEEN.match(gap) or (
                _SITE_BETWEEN.match(gap) and _far_apart(place, unit))):
            continue
        if unit.cc == place.cc or any(s.place.cc == unit.cc for s in choice.ranked):
            # the reading lies in the unit's country: the resolver had its say, unless it only
            # resembles the written name, or lies far off, and no reading lies in the unit
            return r if _reading_outside(choice, unit) else None
        return r
    return None


def _far_apart(place: Place, unit: Place) -> bool:
    """The place's reading lies farther than ``SITE_NAMESAKE_KM`` from the unit."""
    return haversine_km(place.lat, place.lon, unit.lat, unit.lon) > SITE_NAMESAKE_KM


def _reading_outside(choice: Resolved, unit: Place) -> bool:
    """No reading of the name lies in the first-level unit that holds the named unit, and the
    chosen one is not the name written (a fuzzy match) or lies far from the unit: 'Poblacion,
    Datu Piang' names the town proper of Datu Piang, not the Poblacion of Metro Manila, whereas a
    suburb named with the city across a boundary ('Soacha, Bogota') lies near it."""
    place = choice.place
    unit_a1 = unit.gid if unit.kind == "adm1" else unit.a1
    if place is None or unit_a1 is None or place.a1 is None:
        return False
    if norm(place.name) in choice.mention.key and (
            place.pop >= NAMESAKE_MAX_POP
            or haversine_km(place.lat, place.lon, unit.lat, unit.lon) <= NAMESAKE_IN_COUNTRY_KM):
        return False
    return all(s.place.a1 != unit_a1 and s.place.gid != unit_a1 for s in choice.ranked)


def place_in_named_unit(document: Document, event: Event, choice: Resolved,
                        places: list[Resolved]) -> bool:
    """Place the event at the unit named after its place when that place's reading is a namesake
    abroad; True when it did."""
    r = unit_after(document.text, choice, places)
    if r is None or r.place is None or choice.place is None:
        return False
    m = choice.mention
    event.location = location_of(r.place, m.text, m.start, m.end, r.place.precision)
    event.add_evidence("location", r.mention.start, r.mention.end, document.text)
    elsewhere = choice.place.cc if choice.place.cc != r.place.cc else choice.place.admin1
    event.notes["location"] = (
        f"'{m.text}' is named in {r.place.name} ({r.place.cc}), where the gazetteer knows no place "
        f"of that name (its namesake lies in {elsewhere}); placed at {r.place.name}")
    return True
