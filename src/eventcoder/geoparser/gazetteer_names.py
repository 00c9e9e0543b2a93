"""Names for the gazetteer build: English display forms, usable alternates, direction regions."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from eventcoder.geoparser.names import is_latin, norm
from eventcoder.text.fold import strip_accents

_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ad|Ar|As|Ash|An|At|Az|Ath|Adh|Aş|Ad-|Al-)[ -]")
_TYPE_WORD = re.compile(
    r"(?i)\b(governorate|province|region|district|state|department|prefecture|county|popularate|"
    r"municipality|division|territory|provincia|departamento|région|wilaya|muhafazah|oblast|"
    # local type words GeoNames keeps in names ('Zobul viloyati', 'Tərtər rayonu', 'Mačvanski okrug')
    r"oblasti?|oblysy|voblasc|viloyati|viloyat|rayonu|rayon|raion|okrug|velayat|ostan)\b"
)
# 'Donetsk Oblast', 'Tartar District': an English name followed by its type word.
_TYPED_ALIAS = re.compile(
    r"^([A-Z][A-Za-z' -]+?)\s+(?:Oblast|Region|District|Province|County|Governorate|Department|"
    r"Prefecture|Rayon|Raion)$"
)


def display_name(name: str, aliases: list[str]) -> str:
    """The English form of a unit's name where GeoNames gives a transliteration ('Al Qāhirah' →
    'Cairo', 'Qinā' → 'Qena', "L'Ariana" → 'Ariana'): an ASCII alias without a type word."""
    plain = [a for a in aliases if a and a.isascii() and is_latin(a) and not _TYPE_WORD.search(a)]
    bare = [m.group(1) for a in aliases if a and a.isascii() and (m := _TYPED_ALIAS.match(a))]
    for article in ("L'", "La "):
        if name.startswith(article) and name[len(article):] in plain:
            return name[len(article):]
    if name.isascii() and not _ARABIC_ARTICLE.match(name):
        # 'Donetska oblast' with alias 'Donetsk Oblast': English drops the local form's type word
        return bare[0] if bare and _TYPE_WORD.search(name) else name
    if plain:
        return plain[0]
    if bare:
        return bare[0]  # 'Tərtər' with alias 'Tartar District'
    return strip_accents(name)


def from_typed_alias(shown: str, name: str, aliases: list[str]) -> bool:
    """True when the shown name is an alias stripped of its type word ('Donetsk' of 'Donetsk
    Oblast'): a weaker key than the unit's own name, since a city may carry it ('Donetsk')."""
    if norm(shown) == norm(name):
        return False
    return any((m := _TYPED_ALIAS.match(a)) and m.group(1) == shown for a in aliases if a)


_DIRECTION = re.compile(
    r"^(?:north|south|east|west|central|upper|lower|middle|northern|southern|eastern|western|"
    r"north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)[- ]+(.{4,})$",
    re.IGNORECASE,
)


_GENERIC_REGION_WORDS = {"river", "cape", "coast", "islands", "atoll", "aimak", "aymag"}


def direction_regions(subs: list[list[str]], country_by_idx: dict[int, str], exclude: set[str]
             ) -> dict[str, set[str]]:
    """Region names that two or more first-level units of one country carry with a direction
    ('Sinai' of North and South Sinai, 'Darfur', 'Kordofan', 'Kivu'): the region lies there."""
    found: dict[str, set[str]] = defaultdict(set)
    units: Counter[str] = Counter()  # how many units carry the region's name
    plain: set[str] = set()
    for row in subs:
        cc = country_by_idx.get(int(row[8])) if row[8] else None
        if not cc or row[6] not in ("1", "2"):
            continue
        for text in [row[0], *row[5].split("|")]:
            plain.add(norm(text))
            m = _DIRECTION.match(text.strip()) if row[6] == "1" else None
            if m and is_latin(m.group(1)) and not _TYPE_WORD.search(m.group(1)):
                found[norm(m.group(1))].add(cc)
                units[norm(m.group(1)) + "|" + row[1]] = 1
    out: dict[str, set[str]] = defaultdict(set)
    count = Counter(k.split("|")[0] for k in units)
    for key, ccs in found.items():
        # Two units or more ('North Sinai', 'South Sinai') make a region; one is just a name.
        if len(ccs) == 1 and key not in plain and count[key] >= 2 and key not in exclude \
                and key not in _GENERIC_REGION_WORDS:
            out[next(iter(ccs))].add(key)
    return out


def good_alternate(name: str) -> bool:
    """Keep alternate names English text could contain: Latin script, no codes or digits."""
    if len(name) < 3 or any(ch.isdigit() for ch in name) or not is_latin(name):
        return False
    if name.isupper() and len(name) <= 5:  # airport and postal codes
        return False
    return name[0].isupper()
