"""Keep a clock time's zone ("12:45 GMT", "0300 UTC", "9 p.m. EST") out of the names.

Live blogs and agency flashes stamp each entry with the time and its zone ("10:02 GMT - A health
worker said ..."). spaCy hangs the zone's capitals on the noun after the dash as part of its name
("GMT - Gunmen killed"), and the actor finders took "GMT" for a group doing the deed. A zone written after
a clock time names the hour, nothing that acts: :func:`is_clock_zone` tells the actor finders so.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# Zone abbreviations agencies and broadcasters stamp their times with (Wikipedia: "List of time
# zone abbreviations"): the universal ones and those of the regions this project codes.
ZONES = frozenset({
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EAT", "CAT", "WAT",
    "SAST", "AST", "IST", "PKT", "ICT", "WIB", "PHT", "PST", "PDT", "MST", "MDT", "CST", "CDT",
    "EST", "EDT", "JST", "KST", "AEST", "AEDT", "HKT", "SGT", "GST", "IRST", "AFT", "NPT",
})
# "12:45", "0300", "9", "9.30" then an optional "a.m."/"pm" before the zone
_CLOCK = re.compile(r"^(?:\d{1,2}[:.h]\d{2}|\d{4}|\d{1,2})$")
_MERIDIEM = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}


def is_clock_zone(token: Token) -> bool:
    """The token is a time zone written after a clock time ("10:02 GMT", "9 p.m. EST")."""
    if token.text.upper() not in ZONES or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ in _MERIDIEM and token.i >= 2:
        before = token.doc[token.i - 2]
    return bool(_CLOCK.match(before.text))
