"""'in Jaramana (Rural Damascus)', 'Kamianka (Kharkiv)': the brackets after a named place give the
units holding it. Read as a town ('Damascus' of 'Rural Damascus', the city Kharkiv for the oblast),
a bracketed name would compete with the place it describes; when that place itself is found near
it, the bracket is only its address, never the event's place. (A place found far from its
brackets is likely a namesake elsewhere: 'Bamba (Koro, Mopti)' read as the Bamba of Gao; there
the brackets still speak.)"""

from __future__ import annotations

import re

from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.types import Resolved

# a unit's seat lies this near the places of its unit (Rural Damascus around Damascus)
NEAR_KM = 60.0
# what may stand between the place and the bracketed name: the bracket, a lower unit's name and
# its comma, and a word of the unit's own name ('(Rural Damascus)', '(North Sinai)')
_BETWEEN = re.compile(r"\s*\(\s*(?:[^()]{0,60},\s*)?(?:[A-Z][\w'-]*\s+)?")


def address_of_found_place(text: str, r: Resolved, places: list[Resolved]) -> bool:
    """True when ``r`` is a town reading of a name in the brackets after another found place."""
    if r.place is None or r.place.kind != "city" or ")" not in text[r.mention.end : r.mention.end + 40]:
        return False
    return any(o is not r and o.place is not None and o.mention.end <= r.mention.start
               and _BETWEEN.fullmatch(text[o.mention.end : r.mention.start])
               and o.place.cc == r.place.cc
               and haversine_km(o.place.lat, o.place.lon, r.place.lat, r.place.lon) <= NEAR_KM
               for o in places)
