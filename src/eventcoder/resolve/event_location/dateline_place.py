"""A dateline's place yields to a place the event's sentences name.

"TEMUCO - Hooded men set fire to trucks ... in Ercilla": the dateline tells where the report was
filed. When the parse hangs the dateline's word on the sentence's verb it may outscore the
place the sentence names; a positive score of any other place in the event's sentences wins.
When the event's sentences name no place, a smaller place of the dateline's country that another
sentence sets as a scene ("WARSAW - ... The missile hit a barn in the village of X") wins too.
A dateline abroad ("DAKAR, Aug 27 (AFP) - ... an attack on a town in central Burkina Faso") is
only where a regional bureau filed from: it places no event whose sentences name another country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventcoder.resolve.event_location import cues


def beats(score: float, place: Any, best: tuple[float, Any, str], dateline: Any) -> bool:
    """Whether a toponym with this score replaces the best so far (the dateline never wins over
    a place scored above zero, and any such place replaces it)."""
    if place is dateline and best[0] > 0:
        return False
    return score > best[0] or (best[1] is dateline and score > 0)


def scene_beyond_dateline(places: list, dateline: Any, sent_ids: set[int], features: Callable[[Any], Any],
                          kind_rank: dict[str, int]) -> Any | None:
    """A smaller place of the dateline's country that another sentence sets as a scene ('The
    missile hit a barn in the village of X'), when the event's own sentences name none: the
    dateline is only where the report was filed. ``features`` gives a toponym's event-place
    features (None when it is a base, origin, destination or speaker's place)."""
    home = dateline.place
    best = None
    for r in places:
        p = r.place
        if r is dateline or r.mention.sent in sent_ids or p is None or p.cc != home.cc \
                or p.gid == home.gid or p.kind not in ("city", "adm2"):
            continue
        if not (kind_rank.get(p.kind, 0) > kind_rank.get(home.kind, 0) or p.pop < home.pop):
            continue  # not smaller than the dateline's place
        found = features(r)
        if found is None or not found[0]["locative"]:
            continue
        if best is None or found[0]["closeness"] > best[1]:
            best = (r, found[0]["closeness"])
    return best[0] if best else None


def filed_abroad(places: list, dateline: Any, sent_ids: set[int]) -> bool:
    """The event's sentences name a country other than the dateline's and no place in the
    dateline's country: the report was filed from a bureau abroad."""
    home = dateline.place.cc
    named = [r for r in places if r is not dateline and r.place is not None
             and r.mention.sent in sent_ids]
    return any(r.place.kind == "country" and r.place.cc != home and cues.named_as_scene(r)
               for r in named) and not any(r.place.cc == home for r in named)
