"""Country names and adjectives that name a currency ("the US dollar", "the Lebanese pound"),
not a place or a party: the country vote and the place finder skip them."""

from __future__ import annotations

import re

_CURRENCY = (r"(?:dollars?|pounds?|euros?|liras?|rupees?|shillings?|francs?|dinars?|rials?|"
             r"riyals?|dirhams?|nairas?|rand|cedis?|kwachas?|birr|rubles?|roubles?|hryvnias?|"
             r"yuan|yen|pesos?|currency|exchange rate)\b")
_CURRENCY_AFTER = re.compile(r"[\w'’.]+(?: [A-Z][\w'’]+)? " + _CURRENCY)
_CURRENCY_NEXT = re.compile(r"[ -]" + _CURRENCY, re.I)


def currency_follows(text: str, end: int) -> bool:
    """True if a country name ending at ``end`` names a currency ("the US dollar")."""
    return bool(_CURRENCY_NEXT.match(text, end))


def currency_at(text: str, start: int) -> bool:
    """True if the country word starting at ``start`` is the first word of a currency name."""
    return bool(_CURRENCY_AFTER.match(text, start))

