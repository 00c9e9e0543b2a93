"""Place names joined by a hyphen or slash before a route or border noun ('the Molo-Olenguruone
road', 'the Kasese/Bundibugyo boundary', 'the Bambeto-Cosa axis'): each part is a place of its own.

spaCy tags such a pair as one facility or not at all, so neither town would otherwise be looked up.
A road, axis or boundary between two places lies where both are: each part is offered to the
recogniser as a gazetteer match, and the resolver weighs it like any other. Only a pair of which
no part is already a mention: where spaCy found one end ('the Goma-Rutshuru road'), the choice
between the ends stays the resolver's as before.
"""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import Gazetteer
from eventcoder.nlp.doc_cache import doc_text, token_at_char

_PART = r"[A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+)?"
_ROUTE_PAIR = re.compile(
    rf"\b({_PART})[ \t]*[-/–][ \t]*({_PART})[ \t]+(?i:roads?|highways?|routes?|axis|axes|"
    r"corridors?|boundary|boundaries|junction|stretch)\b")
MIN_PART = 3  # 'Ain-X' and two-letter codes are no place names of their own


def route_pair_parts(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Character spans of the two places of each hyphen- or slash-joined pair before a route noun."""
    return [((m.start(1), m.end(1)), (m.start(2), m.end(2))) for m in _ROUTE_PAIR.finditer(text)
            if min(len(m.group(1)), len(m.group(2))) >= MIN_PART]


def route_pair_matches(spacy_doc, gaz: Gazetteer, sent_of: dict[int, int], taken: list[bool],
                       add) -> None:
    """Offer both ends of each route pair no mention covers yet to ``add`` as gazetteer matches,
    when the gazetteer knows both in one country: a lone known end may be a foreign namesake
    ('the Bambeto-Cosa axis' in Conakry is not at Cosa in Spain)."""
    text = doc_text(spacy_doc)
    for parts in route_pair_parts(text):
        if any(taken[parts[0][0] : parts[1][1]]):
            continue
        ends = [{c.place.cc for c in gaz.lookup(text[s:e])} for s, e in parts]
        if not ends[0] & ends[1]:
            continue
        for start, end in parts:
            add(start, end, "GAZ", sent_of.get(token_at_char(spacy_doc, start), 0))
