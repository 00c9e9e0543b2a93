"""'The northern city of Mali', 'the south-eastern town of Pibor': the compass word says in which
part of its country the town lies. Among namesakes, keep those that lie on that side of their
country's reference point (GeoNames' country coordinates); when none does, when a namesake elsewhere
is far larger, or the country's point is unknown, the word says nothing and every reading stays."""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import Candidate, Gazetteer, Place

_COMPASS_OF = re.compile(
    r"\b(?P<dir>(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?\s+"
    r"(?:\w+\s+)?(?:city|town|village|locality)\s+of\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
# A namesake this many times larger than every reading on the named side stays in: a writer
# misplacing a large city ('the southern city of Kano') is likelier than one naming a hamlet abroad.
MAX_POP_RATIO = 20
# how far back from the name the phrase may start ('the north-western border town of ')
_WINDOW = 50


def _lies_towards(gaz: Gazetteer, place: Place, direction: str) -> bool:
    country = gaz.country(place.cc)
    if country is None:
        return True
    d = direction.lower()
    fits = []
    if d.startswith("north"):
        fits.append(place.lat > country.lat)
    if d.startswith("south"):
        fits.append(place.lat < country.lat)
    if d.endswith("east"):
        fits.append(place.lon > country.lon)
    if d.endswith("west"):
        fits.append(place.lon < country.lon)
    return all(fits)


def settlement_readings(gaz: Gazetteer, text: str, start: int,
                        cands: list[Candidate]) -> list[Candidate]:
    """The readings of a name after 'city of' / 'town of': its towns, not a country of that name,
    and of those the ones on the side of their country that a compass word before names ('the
    northern city of'), when any is and none elsewhere is far larger."""
    cands = [c for c in cands if c.place.kind not in ("country", "continent")] or cands
    m = _COMPASS_OF.search(text[max(0, start - _WINDOW) : start])
    if m is None or len({c.place.gid for c in cands}) < 2:
        return cands
    fit = [c for c in cands if c.place.kind not in ("country", "continent")
           and _lies_towards(gaz, c.place, m.group("dir"))]
    if not fit or max(c.place.pop for c in cands) > MAX_POP_RATIO * max(
            1, max(c.place.pop for c in fit)):
        return cands
    return fit
