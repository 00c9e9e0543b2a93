"""Names the text sets as places ('in Gouzoudou', 'Kalguiwa village') that the gazetteer lacks.

They locate nothing by themselves, but their spelling says something of the country they are in
(geoparser/spelling.py): a group acting across borders is then more likely on the side whose
towns are spelt alike.
"""

from __future__ import annotations

import re

from eventcoder.document import Document
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.names import NON_PLACE, norm

_NAME = r"([A-Z][a-z'’]{2,}(?:[- ][A-Z][a-z'’]{2,}){0,2})"
# 'in Assighassia', 'at Goldavi', 'near the village of Kamouna', 'into Kalguiwa village'
_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|at|near|into|outside|around)\s+(?:the\s+)?(?:(?:village|town|locality|hamlet)\s+of\s+)?"
    + _NAME)
_BEFORE_SETTLEMENT = re.compile(_NAME + r"\s+(?:village|town|locality|hamlet)\b")
# 'raided Tchakamari', 'overran Bouldoukoura': a raid's object is a place
_RAIDED = re.compile(r"\b(?:raided|stormed|overran|invaded|looted|torched)\s+" + _NAME)
# 'in Dzaba and Dzamazaf', 'in Tur, Tawila and Kayma': the rest of a list of places
_LIST_REST = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _NAME)


def unknown_place_names(document: Document) -> list[str]:
    """The names the text places something in that the gazetteer does not hold and that are no
    actor's name ('Boko Haram'), in text order, each once."""
    text = document.text
    taken = [(m.start, m.end) for a in document.actors for m in a.mentions]
    found: dict[str, None] = {}
    spans = [m.span(1) for m in _AFTER_LOCATIVE.finditer(text)]
    spans += [m.span(1) for pattern in (_BEFORE_SETTLEMENT, _RAIDED) for m in pattern.finditer(text)]
    for start, end in sorted(spans):
        while True:
            name = text[start:end]
            key = norm(name)
            if key not in NON_PLACE and not any(s < end and start < e for s, e in taken) \
                    and not get_gazetteer().lookup_key(key):
                found.setdefault(name)
            more = _LIST_REST.match(text, end)
            if more is None:
                break
            start, end = more.span(1)
    return list(found)
