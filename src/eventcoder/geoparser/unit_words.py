"""Administrative unit nouns of one country's system: 'Mapel payam' is in South Sudan.

A field report names small units by the noun its country uses for them ('Erer woreda', 'Uvwie
Local Government Area', 'Cercle of Niafunké'), even when the unit's own name is unknown or matches
a place abroad. The table is ``data/geo_unit_words.yaml``.
"""

from __future__ import annotations

import functools
import re

from eventcoder.datafiles import load_data

_NAME = r"[A-Z][\w'’-]+"


@functools.cache
def unit_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for a unit noun beside a capitalised name, and lower-case noun → country."""
    country = {str(row[1]).lower(): str(row[0]) for row in load_data("geo_unit_words.yaml")["units"]}
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in
                     sorted(country, key=len, reverse=True))
    # 'Mapel payam', 'Erer Woreda', 'the cercle of Niafunké', 'cercle de Gao'
    return re.compile(rf"\b{_NAME}\s+(?i:(?P<after>{nouns}))s?\b"
                      rf"|\b(?i:(?P<before>{nouns}))s?\s+(?:of|de|d')\s*{_NAME}"), country


def unit_word_countries(text: str) -> set[str]:
    """Countries whose own unit nouns the text uses beside a place name."""
    pattern, country = unit_pattern()
    return {country[re.sub(r"\s+", " ", (m.group("after") or m.group("before")).lower())]
            for m in pattern.finditer(text)}
