"""Offline gazetteer: look place names up in the compact SQLite index built by ``gazetteer_build``.

Example:
    >>> gaz = get_gazetteer()
    >>> [c.place.name for c in gaz.lookup("Kwatah")][:1]
    ['Quetta']
"""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from eventcoder.disk_cache import cached_table
from eventcoder.geoparser import gazetteer_build
from eventcoder.geoparser.names import norm
from eventcoder.text.words import word_list

log = logging.getLogger(__name__)

# A bare unit noun is a build artefact as a variant name: GeoNames lists 'Department' for Colonia.
# Settlement nouns likewise: it lists 'City' for Thompsonville (US), 'University' for Sewanee (US).
_UNIT_NOUNS = word_list("admin_unit_nouns") | {
    "city", "town", "village", "capital", "camp", "market", "border", "station", "headquarters",
    "university",
}

PRIMARY, OFFICIAL, ALTERNATE, DEMONYM, ABBREVIATION = (
    gazetteer_build.PRIMARY,
    gazetteer_build.OFFICIAL,
    gazetteer_build.ALTERNATE,
    gazetteer_build.DEMONYM,
    gazetteer_build.ABBREVIATION,
)
# The Arabic article in its assimilated spellings ('ar-Raqqa', 'as-Sweida', 'ash-Shaddadi'); the
# name after it must be long enough (five letters) not to be a word of its own ('el Mina').
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ad|adh|az|an|er|es|ed|et|en|ez) (\w[\w ]{4,})$")
# One word of five letters or more: a bare name that may have dropped its Arabic article.
_BARE_NAME = re.compile(r"^[a-z]{5,}$")
ARTICLE_FREE_POP = 50_000
_SAINT_ABBREVIATION = re.compile(r"(st|ste)\.? (\S.*)")
_SAINT_WORDS = {"st": "saint ", "ste": "sainte "}
# Kinds from the largest to the smallest unit.
KIND_RANK = {"continent": 0, "country": 1, "adm1": 2, "adm2": 3, "city": 4}
PRECISION = {"continent": "unknown", "country": "country", "adm1": "admin1", "adm2": "admin2",
             "city": "city"}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry (a GeoNames feature)."""

    gid: int
    name: str
    kind: str  # continent | country | adm1 | adm2 | city
    fcode: str
    cc: str | None
    admin1: str | None
    admin2: str | None
    a1: int | None  # geonameid of the admin1 unit
    a2: int | None
    lat: float
    lon: float
    pop: int

    @property
    def geonameid(self) -> int | None:
        """The GeoNames id, or None for a unit the packages list without one."""
        return self.gid if self.gid > 0 else None

    @property
    def precision(self) -> str:
        """Location precision this place gives (city, admin2, admin1, country)."""
        return PRECISION[self.kind]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, with how the name names it (``flag``: 0 primary … 4 abbreviation)."""

    place: Place
    flag: int


class GazetteerMissingError(RuntimeError):
    """The gazetteer index could not be found or built (run `make install`)."""


class Gazetteer:
    """Read-only access to the index; results are cached in memory per process."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or gazetteer_build.default_path()
        if not gazetteer_build.is_built(path):
            log.warning("gazetteer index missing at %s: building it now (once, ~15 s)", path)
            try:
                gazetteer_build.build(path)
            except (OSError, sqlite3.Error) as exc:
                raise GazetteerMissingError(
                    f"Could not build the gazetteer index at {path}: {exc}. Run `make install` "
                    "or set EVENTCODER_GAZETTEER to a writable path."
                ) from exc
        self.path = path
        self._local = threading.local()
        self._places: dict[int, Place] = {}
        self._lookups: dict[str, tuple[Candidate, ...]] = {}
        rows = self._con().execute(
            "SELECT * FROM places WHERE kind IN ('country', 'continent')"
        ).fetchall()
        self.countries: dict[str, Place] = {}
        for row in rows:
            place = Place(*row)
            self._places[place.gid] = place
            if place.kind == "country" and place.cc:
                self.countries[place.cc] = place

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def get(self, gid: int | None) -> Place | None:
        """Return the place with this id (GeoNames id, or a negative id for unlisted units)."""
        if gid is None:
            return None
        place = self._places.get(gid)
        if place is None:
            row = self._con().execute("SELECT * FROM places WHERE gid = ?", (gid,)).fetchone()
            if row is None:
                return None
            place = self._places[gid] = Place(*row)
        return place

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may refer to (any spelling the index knows), largest population first."""
        return self.lookup_key(norm(name))

    def _named(self, key: str) -> list[Candidate]:
        """The places listed under exactly this key, without the fallbacks of :meth:`lookup_key`."""
        rows = self._con().execute(
            "SELECT p.*, n.flag FROM names n JOIN places p ON p.gid = n.gid WHERE n.key = ?",
            (key,),
        ).fetchall()
        cands = []
        for row in rows:
            if row[12] != PRIMARY and key in _UNIT_NOUNS:
                continue  # 'Department' listed as a variant of Colonia (UY) names no place alone
            place = self._places.get(row[0]) or Place(*row[:12])
            self._places.setdefault(place.gid, place)
            cands.append(Candidate(place, row[12]))
        return cands

    def lookup_key(self, key: str) -> tuple[Candidate, ...]:
        """Like :meth:`lookup` for an already normalised key."""
        hit = self._lookups.get(key)
        if hit is not None:
            return hit
        cands = self._named(key)
        article = _ARABIC_ARTICLE.match(key) if not cands else None
        if article:  # 'Ar-Raqqa', 'As-Sweida': the Arabic article, assimilated, before the name
            cands = [c for c in self.lookup_key(article.group(1))
                     if c.place.kind in ("city", "adm1", "adm2") and c.flag <= ALTERNATE]
        elif not cands and _BARE_NAME.match(key):
            # 'Qamishli', 'Fasher': the English press drops the article of a well-known town
            # the gazetteer lists only as 'Al Qamishli'; small places keep it (too many namesakes).
            cands = [c for prefix in ("al ", "el ") for c in self._named(prefix + key)
                     if c.place.kind in ("city", "adm1", "adm2") and c.flag <= ALTERNATE
                     and c.place.pop >= ARTICLE_FREE_POP]
        saint = _SAINT_ABBREVIATION.match(key)
        if saint:  # 'St Andrew', 'Ste Marie': GeoNames lists the abbreviation for few places
            seen = {c.place.gid for c in cands}
            cands = list(cands) + [c for c in self._named(_SAINT_WORDS[saint.group(1)] + saint.group(2))
                                   if c.place.gid not in seen]
        cands.sort(key=lambda c: (-c.place.pop, c.flag))
        result = tuple(cands)
        if len(self._lookups) > 500_000:
            self._lookups.clear()
        self._lookups[key] = result
        return result

    def names_in_country_from(self, cc: str, initial: str) -> dict[str, list[int]]:
        """The primary and official name keys of one country's cities and admin units that start
        with one letter, for fuzzy matching (variants keep their first letter)."""
        cache = self.__dict__.setdefault("_country_initial_names", {})
        if (cc, initial) not in cache:
            rows = self._con().execute(
                "SELECT key, gid FROM country_names WHERE cc = ? AND key >= ? AND key < ?",
                (cc, initial, initial + "\U0010ffff"),
            ).fetchall()
            names: dict[str, list[int]] = {}
            for key, gid in rows:
                names.setdefault(key, []).append(gid)
            cache[(cc, initial)] = names
        return cache[(cc, initial)]

    def identity(self) -> str:
        """This index file's identity (path, size, modification time), to key tables derived
        from it in the disk cache."""
        stat = self.path.stat()
        return f"{self.path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"

    def large_names(self, min_pop: int) -> list[tuple[str, int]]:
        """(name key, id) of the world's provinces and places of ``min_pop`` or more people, for
        fuzzy matching when no country is known."""
        # a scan of every name (about 0.5 s): kept on disk, keyed by this index file's identity
        key = f"v1|{self.identity()}|{min_pop}"
        return cached_table("large_names", key, lambda: self._con().execute(
            "SELECT n.key, n.gid FROM country_names n JOIN places p ON p.gid = n.gid "
            "WHERE p.pop >= ? OR p.kind = 'adm1'", (min_pop,),
        ).fetchall())

    def district_names(self) -> list[tuple[str, int]]:
        """(name key, id) of the world's second-level units (districts, zones), for exact
        spelling-variant matching when no country is known."""
        key = f"v1|{self.identity()}|adm2"
        return cached_table("district_names", key, lambda: self._con().execute(
            "SELECT n.key, n.gid FROM country_names n JOIN places p ON p.gid = n.gid "
            "WHERE p.kind = 'adm2'").fetchall())

    def unit_names(self) -> list[tuple[str, int]]:
        """(name key, id) of the world's first- and second-level units, for matching a unit's
        misspelt name where the text's grammar says a unit stands ('Bordode town, West Hararge')."""
        # alternate names included: a zone's short form ('West Harerghe') is only an alternate
        key = f"v2|{self.identity()}|adm1+adm2"
        return cached_table("unit_names", key, lambda: self._con().execute(
            "SELECT n.key, n.gid FROM names n JOIN places p ON p.gid = n.gid "
            f"WHERE p.kind IN ('adm1', 'adm2') AND n.flag <= {ALTERNATE} "
            "AND p.cc IS NOT NULL").fetchall())

    def settlement_keys(self, cc: str) -> tuple[str, ...]:
        """The name keys (alternates included) of one country's towns and districts, for
        reading an unknown name's spelling."""
        return tuple(r[0] for r in self._con().execute(
            "SELECT DISTINCT n.key FROM names n JOIN places p ON p.gid = n.gid "
            f"WHERE p.cc = ? AND p.kind IN ('city', 'adm2') AND n.flag <= {ALTERNATE}", (cc,)))

    def capital(self, cc: str | None) -> Place | None:
        """The national capital of a country (GeoNames feature code PPLC), if the index has it."""
        if not cc:
            return None
        row = self._con().execute(
            "SELECT * FROM places WHERE cc = ? AND fcode = 'PPLC' AND kind = 'city' "
            "ORDER BY pop DESC LIMIT 1", (cc,)
        ).fetchone()
        return self._places.setdefault(row[0], Place(*row)) if row else None

    def country(self, cc: str | None) -> Place | None:
        """The country place for an ISO 3166-1 alpha-2 code."""
        return self.countries.get(cc) if cc else None

    def admin1(self, place: Place) -> Place | None:
        """The admin1 unit containing ``place`` (itself for an admin1)."""
        if place.kind == "adm1":
            return place
        return self.get(place.a1)

    def contains(self, outer: Place, inner: Place) -> bool:
        """True when ``outer`` is (or contains) ``inner``: same country, admin1 or admin2."""
        if outer.gid == inner.gid:
            return True
        if outer.kind == "country":
            return inner.cc == outer.cc and inner.kind != "country"
        if outer.kind == "adm1":
            return inner.a1 == outer.gid and inner.kind in ("adm2", "city")
        if outer.kind == "adm2":
            return inner.a2 == outer.gid and inner.kind == "city"
        if outer.kind == "continent":
            return False
        return False


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (opened, or built, once)."""
    return Gazetteer()
