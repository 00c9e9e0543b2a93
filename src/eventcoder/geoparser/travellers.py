"""Country adjectives that name people by where they come from ('a Syrian refugee', 'two Afghan
nationals', 'a Pakistani man'): they say who the people are, not where a deed was."""

from __future__ import annotations

import re

_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:refugees?|migrants?|immigrants?|asylum[- ]seekers?|nationals|"
    r"citizens?|expatriates?|tourists?|students?|pilgrims?|workers?|man|men|woman|women|"
    r"teenagers?|boys?|girls?|youths?)\b(?!\s+(?:police|army|forces?|guards?|troops))")


def names_travellers(text: str, end: int) -> bool:
    """True if the country adjective ending at ``end`` qualifies people by their origin."""
    return _PEOPLE_AFTER.match(text, end) is not None

