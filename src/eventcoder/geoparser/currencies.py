"""A country's own currency named in a text points to that country ('the naira fell', 'the Lebanese
pound lost half its value', 'fares rose to 50 birr').

Two readings: a currency only one country issues (``data/geo_currencies.yaml``), written after a
figure, 'the' or 'in'; and a country's adjective or name before a currency word ('the Kenyan shilling',
'Sudanese pounds'). The US dollar is the world's trading currency and points nowhere, so 'US' and
'American' before 'dollar' give no country.
"""

from __future__ import annotations

import functools
import re

from eventcoder.datafiles import load_data
from eventcoder.geoparser.gazetteer import DEMONYM, get_gazetteer

_WORDS = (r"dollars?|pounds?|shillings?|francs?|dinars?|rupees?|pesos?|liras?|lire|rials?|riyals?|"
          r"dirhams?|kwachas?|manats?|soms?|rubles?|roubles?|rands?|leones?|cedis?|nairas?|birrs?")
# 'the Kenyan shilling', 'South Sudanese pounds', 'Kenya shillings'
_OWNED = re.compile(rf"\b([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+(?:{_WORDS})\b")
_WORLD = {"us", "u.s", "american", "united states", "hong kong", "international"}


@functools.cache
def _sole_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the one-issuer currencies after a figure, 'the' or 'in', and name → country."""
    country = {str(name).lower(): str(cc) for cc, name in load_data("geo_currencies.yaml")["currencies"]}
    names = "|".join(re.escape(n) for n in sorted(country, key=len, reverse=True))
    return re.compile(rf"(?:\d[\d,.]*\s*(?:million|billion|bn|m|k)?\s*|\b(?i:the|in)\s+)({names})s?\b"), country


def currency_countries(text: str) -> set[str]:
    """The countries whose own currency the text names."""
    pattern, country = _sole_pattern()
    found = {country[m.group(1).lower()] for m in pattern.finditer(text)}
    gaz = get_gazetteer()
    for m in _OWNED.finditer(text):
        words = [w for w in m.group(1).split() if w.lower() != "the"]
        for k in range(len(words)):  # 'the Kenyan shilling' → 'Kenyan'; 'South Sudanese' whole
            if " ".join(words[k:]).lower().rstrip(".") in _WORLD:
                break  # 'The American dollar': the world's currency
            hit = next((c.place.cc for c in gaz.lookup(" ".join(words[k:]))
                        if c.place.kind == "country" and c.flag in (0, 1, DEMONYM)), None)
            if hit:
                found.add(hit)
                break
    return found
