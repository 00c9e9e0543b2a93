"""Misspelt large places when the article points to no country at all ('Mahajanaga', 'Sdi Bouzid').

``geoparser.fuzzy`` compares unknown names only with the places of the article's countries. A note
that names one misspelt town and nothing else gives it no country to search, and the event ends up
with no place. Then the name is compared with the world's large places only (a city of
``MIN_POP`` people or a province): a near spelling of a large place is far likelier to be that
place than a near spelling of one of the world's hundreds of thousands of villages, and the bar
(``MIN_RATIO``) is higher than for the country-bound search.
"""

from __future__ import annotations

import functools

from rapidfuzz import fuzz, process

from eventcoder.disk_cache import cached_table
from eventcoder.geoparser.gazetteer import Gazetteer, Place
from eventcoder.geoparser.names import unit_free_key
from eventcoder.geoparser.types import Resolved, near_spelling

MIN_POP = 50_000
MIN_RATIO = 90.0
MIN_LEN = 6  # shorter names have too many near neighbours among the world's towns
UNIT_KINDS = ("adm1", "adm2")
# A long name (ten letters or more, 'Medjez El Beb', 'Ouestlatia') one or two letters off a town of
# ``TOWN_MIN_POP`` is that town: long names have few near neighbours even among the world's towns,
# and only one country may hold them.
LONG_LEN = 10
TOWN_MIN_POP = 10_000
# A place whose own name is shorter than ``MIN_LEN`` ('Ogden', 'Mosul') is one insertion away from
# many words and region or people names ('Ogaden'): only a city written in many languages (of a
# million people, 'Mossul' for Mosul) is worth that risk.
SHORT_NAME_MIN_POP = 1_000_000


@functools.lru_cache(maxsize=4)
def _large_names(gaz: Gazetteer, min_pop: int = MIN_POP) -> dict[str, dict[str, tuple[int, ...]]]:
    """First letter → name keys (without spaces) of the world's places of ``min_pop`` → ids."""
    def build() -> dict[str, dict[str, tuple[int, ...]]]:
        names: dict[str, dict[str, set[int]]] = {}
        for key, gid in gaz.large_names(min_pop):
            names.setdefault(key[:1], {}).setdefault(key.replace(" ", ""), set()).add(gid)
        return {i: {k: tuple(sorted(v)) for k, v in by.items()} for i, by in names.items()}

    # built in every process otherwise (half a second for the two sizes): kept on disk
    return cached_table("world_large_names", f"v1|{gaz.identity()}|{min_pop}", build)


def _near_places(gaz: Gazetteer, joined: str, min_pop: int, units_only: bool
                 ) -> tuple[dict[int, Place], float]:
    """The places of ``min_pop`` whose names are near ``joined`` (none of them exactly it), and the
    best ratio."""
    names = _large_names(gaz, min_pop).get(joined[:1], {})
    hits = process.extract(joined, names.keys(), scorer=fuzz.ratio, score_cutoff=MIN_RATIO,
                           limit=3)
    hits = [h for h in hits if h[0] != joined]
    places = {g: p for h in hits for g in names[h[0]]
              if (p := gaz.get(g)) is not None and (not units_only or p.kind in UNIT_KINDS)
              and (len(h[0]) >= MIN_LEN or p.pop >= SHORT_NAME_MIN_POP)}
    return places, max((h[1] for h in hits), default=0.0)


def world_fuzzy(gaz: Gazetteer, text: str, spans: list[tuple[int, int, int]],
                units_only: bool = False) -> list[Resolved]:
    """Resolved mentions for unknown names that closely match one large place of the world
    (``units_only``: one province or district, for a name written with its unit noun)."""
    out = []
    for start, end, sent in spans:
        surface = text[start:end]
        key = unit_free_key(surface)
        joined = key.replace(" ", "")
        if len(joined) < MIN_LEN:
            continue
        places, ratio = _near_places(gaz, joined, MIN_POP, units_only)
        what = "a unit, written with its unit noun" if units_only else "a large place"
        if not places and not units_only and len(joined) >= LONG_LEN:
            places, ratio = _near_places(gaz, joined, TOWN_MIN_POP, False)
            what = "a long name near only this town's"
        if not places or len({p.cc for p in places.values()}) > 1:
            continue  # near spellings in two countries: no way to choose
        place: Place = max(places.values(), key=lambda p: (p.kind == "city", p.pop))
        reason = f"spelling close to '{place.name}' ({ratio:.0f}%), {what}; no country named"
        out.append(near_spelling((start, end, sent), surface, place, ratio / 100, reason,
                                 text=text))
    return out
