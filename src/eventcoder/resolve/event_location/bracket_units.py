"""'in Jaramana (Rural Damascus)', 'Kamianka (Kharkiv)': the brackets after a named place give the
units holding it. Read as a town ('Damascus' of 'Rural Damascus', the city Kharkiv for the oblast),
a bracketed name would compete with the place it describes; when that place itself is found, the
bracket is only its address, never the event's place."""

from __future__ import annotations

import re

from eventcoder.geoparser.types import Resolved

# what may stand between the place and the bracketed name: the bracket, a lower unit's name and
# its comma, and a word of the unit's own name ('(Rural Damascus)', '(North Sinai)')
_BETWEEN = re.compile(r"\s*\(\s*(?:[^()]{0,60},\s*)?(?:[A-Z][\w'-]*\s+)?")


def address_of_found_place(text: str, r: Resolved, places: list[Resolved]) -> bool:
    """True when ``r`` is a town reading of a name in the brackets after another found place."""
    if r.place is None or r.place.kind != "city" or ")" not in text[r.mention.end : r.mention.end + 40]:
        return False
    return any(o is not r and o.place is not None and o.mention.end <= r.mention.start
               and _BETWEEN.fullmatch(text[o.mention.end : r.mention.start]) for o in places)
