"""A place written as another's possession: 'Chittagong's Hathazari upazila', 'Port-au-Prince's
Cite Soleil'. The possessor only situates the place that follows it, which is the scene."""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import KIND_RANK
from eventcoder.geoparser.types import Resolved

# the possessive ending and at most a direction or an adjective before the owned place's name
_POSSESSIVE = re.compile(r"['’]s?\s+(?:(?:north|south|east|west|central)\w*\s+)?", re.IGNORECASE)


def possessed_place(text: str, choice: Resolved, places: list[Resolved],
                    sent_ids: set[int]) -> Resolved:
    """The place the chosen town possesses ('Chittagong's Hathazari'), if one of the article's
    places in the same province and the event's sentences follows it, else the choice."""
    place = choice.place
    if place is None or place.kind in ("country", "continent", "adm1"):
        return choice
    m = _POSSESSIVE.match(text, choice.mention.end)
    if m is None:
        return choice
    owned = next((r for r in places if r.mention.start == m.end() and r.place is not None
                  and r.mention.sent in sent_ids and r.place.cc == place.cc
                  and r.place.admin1 == place.admin1  # not a namesake in another province
                  and KIND_RANK.get(r.place.kind, 0) >= KIND_RANK.get("adm2", 0)), None)
    return owned if owned is not None else choice
