"""Output records of the event-location stage: toponyms and event locations from gazetteer places."""

from __future__ import annotations

import functools

from eventcoder.datafiles import load_data
from eventcoder.document import Location, Toponym
from eventcoder.geoparser.gazetteer import DEMONYM, Place, get_gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.types import Resolved


def toponym_of(r: Resolved) -> Toponym:
    """The output record for one resolved mention."""
    p = r.place
    m = r.mention
    return Toponym(
        start=m.start,
        end=m.end,
        text=m.text,
        name=p.name if p else None,
        lat=p.lat if p else None,
        lon=p.lon if p else None,
        geonameid=p.geonameid if p else None,
        country_code=p.cc if p else None,
        admin1=admin1_name(p) if p else None,
        feature_code=p.fcode if p else None,
    )


def toponyms_from_resolved(resolved: list[Resolved]) -> list[Toponym]:
    """Toponym records for every mention that resolved to a place."""
    return [toponym_of(r) for r in resolved if r.place is not None and not people_noun(r)]


def people_noun(r: Resolved) -> bool:
    """'Americans', 'Algerians': a plural demonym names people, not a place; it still votes for
    its country, but it is no toponym of the article."""
    return bool(r.ranked) and r.ranked[0].flag == DEMONYM and not get_gazetteer().lookup_key(
        r.mention.key)


@functools.cache
def acled_admin1_table() -> dict[tuple[str, str], tuple[str, int, int]]:
    """(country, gazetteer admin1 name) → (ACLED's name, first year, last year) learned from the
    training records (data/geo_admin1_names.yaml, `eventcoder fit admin1`)."""
    table = load_data("geo_admin1_names.yaml").get("admin1") or {}
    return {(str(cc), str(name)): (str(row[0]), int(row[2]), int(row[3]))
            for cc, units in table.items() for name, row in (units or {}).items()}


@functools.cache
def curated_admin1_table() -> dict[tuple[str, str], tuple[str, int]]:
    """(country, gazetteer admin1 name) → (ACLED's name, first year) for units GeoNames spells in
    an official or local form ACLED does not use, curated with a source per country
    (data/geo_admin1_acled.yaml); for the countries the training records do not teach."""
    out = {}
    for entry in load_data("geo_admin1_acled.yaml").get("acled") or []:
        since = int(entry.get("from") or 0)
        out.update({(str(entry["country"]), str(gaz)): (str(acled), since)
                    for gaz, acled in entry["units"].items()})
    return out


@functools.cache  # the scorer asks for every gold line
def acled_admin1_names() -> dict[tuple[str, str], str]:
    """(country, gazetteer admin1 name) → ACLED's name for that unit, whatever the year."""
    out = {k: v[0] for k, v in curated_admin1_table().items()}
    out.update({k: v[0] for k, v in acled_admin1_table().items()})
    return out


@functools.cache
def former_units() -> dict[tuple[str, str], tuple[str, int]]:
    """(country, today's admin1 name) → (the former unit that held it, last year ACLED coded the
    former units), from data/geo_admin1_former.yaml."""
    out = {}
    for entry in load_data("geo_admin1_former.yaml").get("former") or []:
        for former, today in entry["units"].items():
            out.update({(str(entry["country"]), str(t)): (str(former), int(entry["until"]))
                        for t in today})
    return out


# ISO 3166-2, and GeoNames after it, file some units under their proper name with the generic term
# after a comma ('Valenciana, Comunidad', 'Madrid, Comunidad de', 'Komi, Respublika'); a reader
# expects the term first. The generic terms so filed (ISO 3166-2:ES and :RU), the Russian one in
# English as English texts write it (https://en.wikipedia.org/wiki/Republics_of_Russia).
_GENERIC_TERMS = {"Comunidad": "Comunidad", "Comunidad de": "Comunidad de",
                  "Comunidad Foral de": "Comunidad Foral de", "Principado de": "Principado de",
                  "Región de": "Región de", "Respublika": "Republic of"}


def uninverted(admin1: str | None) -> str | None:
    """An admin1 name with its generic term put back in front ('Valenciana, Comunidad' →
    'Comunidad Valenciana', 'Komi, Respublika' → 'Republic of Komi'); a list ('San Andres,
    Providencia y Santa Catalina') or an ordinary name is returned unchanged."""
    name, sep, term = (admin1 or "").rpartition(", ")
    if not sep or term not in _GENERIC_TERMS:
        return admin1
    return f"{_GENERIC_TERMS[term]} {name}"


def reinverted(admin1: str) -> str | None:
    """The gazetteer's inverted form of an admin1 name written term first ('Comunidad de
    Madrid' → 'Madrid, Comunidad de'), None when it starts with no generic term."""
    for term, shown in sorted(_GENERIC_TERMS.items(), key=lambda t: -len(t[1])):
        if admin1.startswith(shown + " "):
            return f"{admin1[len(shown) + 1:]}, {term}"
    return None


def acled_admin1(cc: str | None, admin1: str | None, year: int | None) -> str | None:
    """ACLED's name for a gazetteer admin1 unit from the first year the training records show it
    used ('Idlib' → 'Idleb' from 2020); else the gazetteer's name. ACLED renames units over time
    (Timbuktu in 2016, Tombouctou in 2020), so an earlier year keeps the gazetteer's; a later one
    takes the newest name the records know, as a coder would write it today. Before a reform ACLED
    coded (DR Congo's 2015 provinces, Sudan's states), the unit is the former one that held it."""
    former = former_units().get((cc or "", admin1 or ""))
    if former is not None and year is not None and year <= former[1]:
        return former[0]
    row = acled_admin1_table().get((cc or "", admin1 or ""))
    if row is None:  # no training coding: the curated English name, from the unit's first year
        curated = curated_admin1_table().get((cc or "", admin1 or ""))
        known = curated is not None and (not curated[1] or (year or 0) >= curated[1])
        return curated[0] if curated and known else uninverted(admin1)
    if year is None or year < row[1]:
        return admin1
    return row[0]


SEAT_MIN_POP = 50_000
# 'Greater Accra', 'Greater Banjul', 'North Sinai': an English modifier makes the unit's own English
# name, which ACLED keeps; a unit word of the country's language ('Grad', '-teukbyeolsi') does not.
_ENGLISH_MODIFIERS = {"greater", "north", "south", "east", "west", "central", "upper", "lower",
                      "northern", "southern", "eastern", "western", "new", "old", "inner", "outer"}


@functools.cache
def _learned_countries() -> frozenset[str]:
    return frozenset(cc for cc, _ in acled_admin1_table())


def seat_named_admin1(cc: str | None, admin1: str | None, city: str | None) -> str | None:
    """A unit the gazetteer names after its seat with a unit word of the country's own language
    ('Grad Skopje', 'Seoul-teukbyeolsi', 'Municipalidad Metropolitana de Lima') is written by the
    seat's name, as ACLED does, when the training records teach no names for the country; else
    the name as given."""
    if not admin1 or not city or not cc or cc in _learned_countries():
        return admin1
    words, seat = norm(admin1).split(), norm(city).split()
    n = len(seat)
    # a seat this large stands for its unit wherever a name is read as a unit (as the scorer does)
    large = any(c.place.cc == cc and c.place.kind == "city" and c.place.pop >= SEAT_MIN_POP
                for c in get_gazetteer().lookup(city))
    at = next((k for k in range(len(words) - n + 1) if words[k : k + n] == seat), None)
    rest = set(words[:at] + words[at + n :]) if at is not None else set()
    # 'Casablanca-Settat', 'Rabat-Sale-Kenitra': a unit named after several of its towns
    towns = any(c.place.cc == cc for w in rest for c in get_gazetteer().lookup(w))
    if large and rest and not rest & _ENGLISH_MODIFIERS and not towns:
        return city
    return admin1


def admin1_name(p: Place) -> str | None:
    """The first-level unit a place lies in (None for a country or continent)."""
    if p.kind in ("country", "continent"):
        return None
    return p.admin1


# Territories GeoNames lists as countries that ACLED codes as a first-level unit of their sovereign
# state (ACLED codebook, "Country" and "Admin1": Hong Kong and Macau are admin1 units of China).
WITHIN_COUNTRY = {"HK": ("CN", "Hong Kong"), "MO": ("CN", "Macau")}

# Dependent territories GeoNames (and ACLED) list as countries of their own, and the state they
# belong to (Wikipedia: "Dependent territory", "Overseas France"): a report calling Noumea's
# rioters "French" or filed by a French agency speaks of the sovereign, not of another country.
_SOVEREIGNS = {
    "FR": "NC PF WF PM BL MF TF GP MQ GF RE YT", "US": "PR GU VI AS MP UM",
    "GB": "GI FK BM KY VG TC MS AI SH PN IO GS IM JE GG", "NL": "AW CW SX BQ",
    "DK": "GL FO", "AU": "NF CX CC HM", "NZ": "CK NU TK", "NO": "SJ BV", "FI": "AX",
}
SOVEREIGN = {t: state for state, codes in _SOVEREIGNS.items() for t in codes.split()}


def location_of(place: Place, text: str | None = None, start: int | None = None,
                end: int | None = None, precision: str | None = None) -> Location:
    """The event location record for a place."""
    gaz = get_gazetteer()
    cc, admin1 = place.cc, admin1_name(place)
    if cc in WITHIN_COUNTRY:  # 'Hong Kong': China's unit, as ACLED writes it
        cc, admin1 = WITHIN_COUNTRY[cc]
        precision = precision or ("city" if place.kind == "country" else None)
    country = gaz.country(cc)
    return Location(
        name=place.name,
        admin1=admin1,
        admin2=place.admin2 if place.kind in ("city", "adm2") else None,
        country=country.name if country else None,
        country_code=cc,
        lat=place.lat,
        lon=place.lon,
        precision=precision or place.precision,
        geonameid=place.geonameid,
        text=text,
        start=start,
        end=end,
    )
