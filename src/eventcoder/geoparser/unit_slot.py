"""A unit's name written after a place, in a spelling the gazetteer lacks ('in Bordode town, West
Hararge' for West Harerghe Zone, 'in Amuru district, Horo Guduru Walaga' for Horo Guduru).

Field notes place a village by the unit that holds it: "in X [town|district|...], Y". The slot after
the comma is a province or district, so its name is compared with the world's first- and
second-level units only, whatever country the article points to (a note naming one village and its
zone names no country otherwise). Two forms match: a near spelling of one unit's name
(``MIN_RATIO``), and a unit's name of two words or more followed by its wider region's name ('Horo
Guduru Walaga': Horo Guduru in Wollega). Near spellings in two countries match nothing.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz, process

from eventcoder.disk_cache import cached_table
from eventcoder.geoparser.gazetteer import Gazetteer, Place
from eventcoder.geoparser.names import unit_free_key
from eventcoder.geoparser.recognize import Mention
from eventcoder.geoparser.types import Resolved, near_spelling

MIN_RATIO = 85.0
MIN_LEN = 6  # shorter names have too many near neighbours among the world's units
MIN_PREFIX_LEN = 8  # a unit name matched as the head of a longer written name
# a namesake abroad this small is not the place written before a unit of another country; a larger
# one may be meant (and the unit's spelling matched wrongly)
STRAY_MAX_POP = 100_000
# what a place may be called before the comma ('Bordode town, ...', 'Amuru district, ...')
_PLACE_NOUNS = (r"town|village|city|district|area|locality|kebele|woreda|wereda|sub-?county|"
                r"county|commune|municipality|neighbou?rhood|payam|boma|ward|sector|cell|"
                r"chiefdom|subdistrict|sub-district|zone|camp|settlement|LGA")
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|el|al|de|du))*"
# 'in Bordode town, West Hararge' and 'in Masalaha, West Hararge': the slot is group 'unit'
_SLOT = re.compile(
    r"\b(?:in|at|near|outside|of|from|around)[ \t]+(?:the[ \t]+)?" + _NAME
    + r"(?:[ \t]+(?:" + _PLACE_NOUNS + r"))?,[ \t]+(?P<unit>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})")
# a list goes on after the slot ('in Kano, Kaduna and Lagos'): the slot is one more place
_LIST_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][\w'’-]+[ \t]+(?:and|or)\b|(?:and|or|&)\b)")


@functools.lru_cache(maxsize=2)
def _unit_keys(gaz: Gazetteer) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The world's unit names: key → ids, and key without spaces → ids."""
    def build() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
        exact: dict[str, set[int]] = {}
        for key, gid in gaz.unit_names():
            exact.setdefault(key, set()).add(gid)
        joined: dict[str, set[int]] = {}
        for key, gids in exact.items():
            joined.setdefault(key.replace(" ", ""), set()).update(gids)
        return ({k: tuple(sorted(v)) for k, v in exact.items()},
                {k: tuple(sorted(v)) for k, v in joined.items()})

    # built in every process otherwise (0.4 s): kept on disk, keyed by the index file
    return cached_table("world_unit_keys", f"v1|{gaz.identity()}", build)


def slot_spans(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start of the place, start, end) of names standing where a place's unit is written, that no
    mention covers."""
    out = []
    for m in _SLOT.finditer(text):
        start, end = m.span("unit")
        if _LIST_AFTER.match(text, end):
            continue
        if any(not (end <= a or start >= b) for a, b in covered):
            continue
        out.append((m.start(), start, end))
    return out


def _one_country(gaz: Gazetteer, gids: list[int]) -> Place | None:
    """The largest unit among ``gids`` when they all lie in one country, else None."""
    places = [p for p in (gaz.get(g) for g in gids) if p is not None]
    if not places or len({p.cc for p in places}) > 1:
        return None
    return max(places, key=lambda p: (p.kind == "adm2", p.pop))


def match_unit(gaz: Gazetteer, surface: str, countries: set[str] | None = None
               ) -> tuple[Place, str] | None:
    """The unit a slot's name stands for, with how it matched, or None; a near spelling counts only
    in ``countries`` when given (those of the place written before it)."""
    exact, joined = _unit_keys(gaz)
    key = unit_free_key(surface)
    if key in exact or gaz.lookup(surface):
        return None  # the recogniser weighed (and refused) the exact name of a unit or town
    words = key.split()
    for k in range(len(words) - 1, 1, -1):  # 'Horo Guduru Walaga': the unit, then its region
        head = " ".join(words[:k])
        if len(head.replace(" ", "")) >= MIN_PREFIX_LEN and head in exact:
            place = _one_country(gaz, list(exact[head]))
            if place is not None:
                return place, f"the unit {place.name} followed by its region's name"
    flat = key.replace(" ", "")
    if len(flat) < MIN_LEN:
        return None
    hits = process.extract(flat, joined.keys(), scorer=fuzz.ratio, score_cutoff=MIN_RATIO, limit=5)
    if countries:  # 'in Lunsar town, Marampa': a near spelling abroad is a false friend
        hits = [h for h in hits if any(p.cc in countries for p in map(gaz.get, joined[h[0]]) if p)]
    if not hits:
        return None
    top = hits[0][1]
    gids = [g for h in hits if h[1] >= top - 2 for g in joined[h[0]]]
    place = _one_country(gaz, [g for g in gids if not countries or (
        (p := gaz.get(g)) is not None and p.cc in countries)])
    if place is None:
        return None  # near spellings of units in two countries: no way to choose
    return place, f"spelling close to the unit {place.name} ({top:.0f}%)"


def slot_units(text: str, gaz: Gazetteer, mentions: list[Mention], resolved: list[Resolved],
               sent_of: dict[int, int] | None = None) -> list[Resolved]:
    """Resolved mentions for unit names written after a place that the gazetteer spells otherwise."""
    covered = [(m.start, m.end) for m in mentions] + [
        (r.mention.start, r.mention.end) for r in resolved]
    out = []
    for before, start, end in slot_spans(text, covered):
        surface = text[start:end]
        placed = [r for r in resolved if before <= r.mention.start and r.mention.end <= start
                  and r.place is not None]
        countries = {s.place.cc for r in placed for s in r.ranked if s.place.cc}
        found = match_unit(gaz, surface, countries)
        if found is None and countries:
            # only a unit written whole before its region may overrule the place's reading
            found = match_unit(gaz, surface)
            found = found if found is not None and found[1].startswith("the unit") else None
        if found is None:
            continue
        place, how = found
        for r in placed:  # the place written before its unit lies in the unit's country
            _into_country(r, place)
        sent = (sent_of or {}).get(start, 0)
        reason = f"a unit's name after a place ('X, {surface}'): {how}, in {place.cc}"
        out.append(near_spelling((start, end, sent), surface, place, 0.9, reason, text=text,
                                 admin_word=True))
    return out


def _into_country(r: Resolved, unit: Place) -> None:
    """'in Amuru district, Horo Guduru Walaga': the place's reading in the unit's country; a small
    namesake abroad with none there is a local name the gazetteer lacks (the unit stands for it)."""
    if r.place is None or r.place.cc == unit.cc:
        return
    same = next((s for s in r.ranked if s.place.cc == unit.cc), None)
    if same is not None:
        r.place = same.place
        same.reasons.append(f"in the country of {unit.name}, the unit written after it")
    elif r.place.pop < STRAY_MAX_POP and r.place.kind in ("city", "adm2", "adm1"):
        r.place = None
