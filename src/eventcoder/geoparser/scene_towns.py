"""A town the text sets as the scene under its own name ('in Sinjar') is no stray namesake: the
article's armed groups may come from another country (armed groups fight abroad), yet the town
stands as the article's place."""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import OFFICIAL
from eventcoder.geoparser.types import Resolved

# A town this large is rarely an unknown village's namesake abroad (see lone_namesake.LONE_POP).
NAMED_TOWN_POP = 10_000


_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|inside)\s+(?:the\s+)?$", re.IGNORECASE)
# 'recaptured the town of Sderot', 'shelled the city of Kharkiv': the text calls it a settlement
_SETTLEMENT_OF = re.compile(r"\b(?:town|city|village|settlement|kibbutz|locality)\s+of\s+$",
                            re.IGNORECASE)


def named_town(r: Resolved) -> bool:
    """A town of some size by its own name that spaCy tags a place or the text sets as a scene
    ('in Sinjar'): the text's place, whatever country its actors come from."""
    if r.place is None or not r.ranked or r.ranked[0].flag > OFFICIAL or r.place.pop < NAMED_TOWN_POP:
        return False
    before = (r.mention.doc_text or "")[max(0, r.mention.start - 16) : r.mention.start]
    return r.mention.source in ("GPE", "LOC") or bool(_SCENE_BEFORE.search(before)) \
        or bool(_SETTLEMENT_OF.search(before))
