"""Words around a place name that say what it is: a currency or economy word after a country
('the US dollar exchange rate' names no place), unit words before or after a name ('municipio de
X', 'X township') and ACLED's bracketed units ('Nhica village (Macomia, Cabo Delgado)')."""

from __future__ import annotations

import re

from eventcoder.geoparser.names import norm
from eventcoder.nlp.doc_cache import doc_text

_CURRENCIES = (
    "dollars?|euros?|pounds?|sterling|lira|liras|lire|rials?|riyals?|dinars?|dirhams?|shillings?|"
    "francs?|naira|rand|rupees?|taka|birr|kwacha|cedis?|leones?|hryvnias?|hryvnyas?|rubles?|"
    "roubles?|yuan|renminbi|yen|pesos?|bolivars?|bolivares|manats?|drams?|afghanis?|kyats?|"
    "currency|currencies"
)
_ECONOMY = (
    "exchange\\s+rates?|economy|economic|inflation|prices?|stock\\s+market|stocks?|bonds?|"
    "debts?|gdp|imports?|exports?|tariffs?|interest\\s+rates?"
)
# The word right after the name: 'US dollar', 'US-dollar', 'South African rand prices'.
ECONOMIC_AFTER = re.compile(rf"^[\s-]*(?:{_CURRENCIES}|{_ECONOMY})\b", re.IGNORECASE)


def economic_modifier(text: str, end: int) -> bool:
    """True when the name ending at ``end`` modifies a currency or an economic noun."""
    return bool(ECONOMIC_AFTER.match(text[end : end + 40]))

# The country name or adjective at the start of a currency phrase ('US', 'South African').
_COUNTRY_WORDS = re.compile(r"[\w'’.]+(?: [A-Z][\w'’]+)?")


def currency_at(text: str, start: int) -> bool:
    """True if the country word starting at ``start`` is the first word of a currency or economy
    phrase ('the US dollar', 'the Lebanese pound')."""
    m = _COUNTRY_WORDS.match(text, start, start + 40)
    return m is not None and economic_modifier(text, m.end())


# Unit words written before the name in several countries' usage ('municipio de Tierralta',
# 'cercle de Douentza', 'colonia Guadalupe Victoria', 'tehsil Kharian').
UNIT_BEFORE_DE = {"municipio", "municipalité", "cercle", "commune", "département", "departamento",
                  "provincia", "province", "région", "region", "préfecture", "wilaya", "estado"}
UNIT_BEFORE = {"colonia", "barrio", "tehsil", "taluka", "mandal", "upazila", "kebele", "woreda",
               "ward", "sector", "township", "village", "town", "city", "district", "county",
               "oblast", "raion", "municipio", "cercle", "commune", "governorate", "province"}

# 'Nhica village (Macomia, Cabo Delgado)', 'Zabid city (Al Hudaydah)', 'Ataq (Shabwah)': an opening bracket right after a name or its type word,
# or after another spelling of the name in brackets ('Kasama [Kasamah] (Northern)', square brackets made round at ingest).
_BRACKET_BEFORE = re.compile(r"[\w.'’\])]\s*\(\s*(?:[^()]{0,60},\s*)?$")


def in_unit_brackets(text: str, start: int) -> bool:
    """True when the name at ``start`` is inside brackets that follow a place name and give the
    units containing it ('(Quissanga, Cabo Delgado)')."""
    before = text[max(0, start - 80) : start]
    return bool(_BRACKET_BEFORE.search(before)) and ")" in text[start : start + 80]


def unit_cue(toks, i: int, place_nouns: set[str], locative: set[str]) -> bool:
    """The words before token i make it a place: brackets of units after a name ('(Diguel,
    Soum)'), a unit word with 'de' ('municipio de Tierralta'), or a unit word after a locative
    word ('in colonia Guadalupe Victoria', 'in tehsil Kharian')."""
    prev = toks[i - 1]
    if in_unit_brackets(doc_text(toks[i].doc), toks[i].idx):
        return True
    if prev.text == "(" and i >= 2 and (toks[i - 2].text[:1].isupper()
                                        or toks[i - 2].lower_ in place_nouns):
        return True
    if prev.lower_ == "de" and i >= 2 and toks[i - 2].lower_ in UNIT_BEFORE_DE:
        return True
    return prev.lower_ in UNIT_BEFORE and i >= 2 and toks[i - 2].lower_ in locative | {"the"}



def holder_after_comma(toks, i: int, taken, capitalised, locative: set[str]) -> bool:
    """Token i follows a comma after a place name ('Oicha, Beni'), or after a capitalised name
    that a locative word opens ('in Kersa, Arsi'): it names the unit holding that place."""
    if i < 2 or toks[i - 1].text != ",":
        return False
    before = toks[i - 2]
    return taken[before.idx] or before.ent_type_ in ("GPE", "LOC", "FAC") or (
        i >= 3 and capitalised(before) and toks[i - 3].lower_ in locative)


# A capitalised compass word before a unit the gazetteer lacks under the whole name ('East Jebel
# Marra', a locality carved out of the Jebel Marra district) names a part of that unit too; the
# whole name was tried first, so a unit the gazetteer knows whole ('West Rand') is never split.
_COMPASS = {"north", "south", "east", "west", "central"}


def described_unit(gaz, toks, i: int, a: int, name: str, directions: set[str]) -> bool:
    """'southern Mudug', 'East Jebel Marrah': a direction word at token i describes part of the
    province or district ``name`` that starts at token a (a capitalised one only a compass word)."""
    word = toks[i]
    return a == i + 1 and word.lower_ in directions and (
        word.text.islower() or word.lower_ in _COMPASS) and any(
        c.place.kind in ("adm1", "adm2") for c in gaz.lookup(name))


_BRACKETS_AFTER = re.compile(r"\s*\(\s*([^()]{1,60})\)")


def before_own_unit(text: str, end: int, key: str) -> bool:
    """The name ending at ``end`` is followed by brackets naming a unit of the same name
    ('Valparaiso (Valparaiso)', 'in Kassala (Kassala)'): the first is the town, the brackets
    its province, as notes write 'Town (Province)'."""
    m = _BRACKETS_AFTER.match(text, end)
    return bool(m) and any(norm(part) == key for part in m.group(1).split(","))

