"""Transliteration variants of place names ('Daqahliya' for Dakahlia, 'Ceel Waaq' for El Wak).

Arabic, Somali and French-spelt African names reach the English press in many spellings that
differ in regular ways: q or k for qaf, -iya, -iyah or -ia endings, the article written al-, el-,
ad- or left out, Somali 'Ceel' for El, French 'ou' and 'dj' for u and j, doubled letters, a final
h after a vowel. ``skeleton`` removes exactly those differences; two names with the same skeleton
are one name spelt two ways. Unlike ``fuzzy`` (any close spelling), no other letter may differ,
so a skeleton match may be looked for among the world's large places when the article names no
country, and among any place of the article's own countries when it does.
"""

from __future__ import annotations

import functools
import re

from eventcoder.disk_cache import cached_table
from eventcoder.geoparser.gazetteer import Gazetteer, Place
from eventcoder.geoparser.names import admin_variants, unit_free_key

# Arabic article spellings (assimilated ones too) and the Somali 'Ceel' (= El, 'well of').
_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "en",
             "ez", "ceel"}
# Letter groups that spell one sound: applied in order on the joined name.
_SPELLINGS = (
    ("dj", "j"), ("ou", "u"), ("oo", "u"), ("ck", "k"), ("q", "k"), ("ph", "f"), ("y", "i"),
    ("ee", "i"), ("gh", "g"),  # ghayn is gh in English, often g in French ('Gardaia')
)
# Arabic words that open or join place names, each spelt several ways by English, French and
# Italian transliteration (UNGEGN romanization notes; 'Ksar Hellal', 'Qasr Bin Ghashir', 'Gasr
# Garabulli', 'Bou Hajla', 'Abu Hamad', 'Djebel Chambi', 'Bordj Bou Arreridj', 'Oued Zem', 'Wadi
# Halfa', 'Sakiet Ezzit'): one spelling each. Libyan, Sudanese and Bedouin speech say qaf as g, so
# 'Gasr' is 'Qasr'; only the word qasr takes that reading, a g elsewhere stays a g.
_WORDS = {
    "ben": "bin", "ibn": "bin", "bou": "bu", "abou": "bu", "abu": "bu", "oum": "um", "umm": "um",
    "ksar": "qasr", "gasr": "qasr", "kasr": "qasr", "djebel": "jabal", "jebel": "jabal",
    "jbel": "jabal", "gebel": "jabal", "oued": "wadi", "ouadi": "wadi", "bordj": "burj",
    "borj": "burj", "ayn": "ain", "ein": "ain", "dayr": "deir", "dair": "deir", "souk": "suq",
    "souq": "suq", "saqiyat": "sakiet", "sakiat": "sakiet", "sekiet": "sakiet",
}
_ENDING = re.compile(r"i+ah?$")  # -iya, -iyah, -iyya, -ia, -ija after y → i: one ending
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # 'Marrah', 'Jeddah': a silent final h
_DOUBLE = re.compile(r"([^aeiou])\1+")  # 'Marrah', 'Jebel Marra'; vowels may be two sounds
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1+")  # Somali writes long vowels double ('Waaq')
MIN_LEN = 5  # a shorter skeleton has namesakes everywhere
# A Somali spelling ('Ceel' for El, a name opening with 'X' for h: 'Xudur') names a place of the
# Somali-speaking lands: Somalia's reading is looked for first.
_SOMALI = re.compile(r"\bceel\b|\bx[aeiou]", re.IGNORECASE)
SOMALI_CC = "SO"


def skeleton(key: str, article: bool = True, somali: bool = False) -> str:
    """A normalised name's spelling-free form; ``article=False`` leaves a leading article out,
    ``somali`` reads doubled vowels as one (Somali long vowels)."""
    words = key.split()
    if words and words[0] in _ARTICLES:
        words = (["al"] if article else []) + words[1:]
    words = [_WORDS.get(w, w) for w in words]
    joined = "".join(words)
    for a, b in _SPELLINGS:
        joined = joined.replace(a, b)
    joined = _DOUBLE.sub(r"\1", joined)
    if somali:
        joined = _DOUBLE_VOWEL.sub(r"\1", joined)
    joined = _FINAL_H.sub("", _ENDING.sub("ia", joined))
    return joined


# Maghrebi Arabic drops the short vowel of a name's first syllable that French and English
# spellings write: 'Jdeida' for Jedeida, 'Sliman' for Soliman, 'Tburba' for Tebourba, 'Bni Mellal'
# for Beni Mellal, 'Mdenine' for Medenine. A name and a place that agree once that vowel is gone
# are looked for only after no exact skeleton matched.
_FIRST_VOWEL = re.compile(r"^([^aeiou])[aeiou](?=[^aeiou])")


def reduced(form: str) -> str:
    """A skeleton without the vowel between its first two consonants ('jedeida' → 'jdeida')."""
    return _FIRST_VOWEL.sub(r"\1", form)


def _forms(key: str, reduce: bool = False) -> set[str]:
    """The skeletons a name is known by: with its article, and without it when long enough
    (``reduce``: their first vowels dropped)."""
    out = {skeleton(key)}
    bare = skeleton(key, article=False)
    if len(bare) >= MIN_LEN:
        out.add(bare)
    if reduce:
        out = {reduced(s) for s in out}
    return {s for s in out if len(s) >= MIN_LEN}


Index = dict[str, tuple[tuple[str, int], ...]]


def _index(rows, reduce: bool = False) -> Index:
    """Skeleton → (name key, id) of the places known by it."""
    found: dict[str, set[tuple[str, int]]] = {}
    for key, gid in rows:  # 'El Wak District' is known as 'El Wak'
        for name in {key, unit_free_key(key)}:
            for form in _forms(name, reduce):
                found.setdefault(form, set()).add((name, gid))
        # 'Circunscricao da Quissanga' as 'Quissanga': a name the recogniser cannot have weighed
        for bare in admin_variants(key) - {key, unit_free_key(key)}:
            for form in _forms(bare, reduce):
                found.setdefault(form, set()).add((key, gid))
    return {k: tuple(sorted(v)) for k, v in found.items()}


# Bump when skeleton() changes: the indexes below are kept on disk between runs.
INDEX_VERSION = "4"


def _disk_key(gaz: Gazetteer, part: str) -> str:
    """The disk-cache key of an index: the gazetteer file's identity and the spelling rules."""
    rules = repr((_SPELLINGS, sorted(_ARTICLES), sorted(_WORDS.items()), MIN_LEN, DISTRICT_MIN_LEN,
                  TOWN_MIN_POP, TOWN_MIN_LEN, SHORT_TOWN_LEN, SHORT_TOWN_MIN_POP,
                  _FIRST_VOWEL.pattern))
    return f"{INDEX_VERSION}|{gaz.identity()}|{part}|{rules}"


@functools.lru_cache(maxsize=64)
def _country_index(gaz: Gazetteer, cc: str, reduce: bool = False) -> Index:
    """Skeleton → ids of one country's cities and units (built once, then read from disk)."""
    def build() -> Index:
        names = gaz.names_in_country_from(cc, "")
        return _index(((k, g) for k, gids in names.items() for g in gids), reduce)
    return cached_table("variants_country", _disk_key(gaz, f"{cc}|{reduce}"), build)


# A district's name this long (as a skeleton) is distinctive enough to be looked for worldwide:
# districts and zones are large areas with few namesakes, unlike villages.
DISTRICT_MIN_LEN = 8


@functools.lru_cache(maxsize=4)
def _world_index(gaz: Gazetteer, min_pop: int, reduce: bool = False) -> Index:
    """Skeleton → ids of the world's provinces, places of ``min_pop`` or more people and
    districts with long names (about 3 s to build: kept on disk)."""
    def build() -> Index:
        index = _index(gaz.large_names(min_pop), reduce)
        for form, rows in _index(gaz.district_names(), reduce).items():
            if len(form) >= DISTRICT_MIN_LEN:
                index[form] = tuple(sorted(set(index.get(form, ())) | set(rows)))
        return index
    return cached_table("variants_world", _disk_key(gaz, f"world{min_pop}|{reduce}"), build)


# Smaller towns, looked for worldwide when the article names no country and no large place has
# the skeleton: the shorter the name, the more namesakes it has, so the larger the town must be
# ('Jdeida', six letters, for a town of 45,000; 'Sakiet Sidi Yousef' or 'Bou Hajla' for Bouhajla,
# seven letters or more, for a town of 5,000). Namesakes are counted among all towns of
# ``TOWN_MIN_POP``: only a skeleton one country holds is taken.
TOWN_MIN_POP = 5_000
TOWN_MIN_LEN = 7
SHORT_TOWN_LEN = 6
SHORT_TOWN_MIN_POP = 20_000


@functools.lru_cache(maxsize=4)
def _town_index(gaz: Gazetteer, reduce: bool = False) -> Index:
    """Skeleton (six letters or more) → ids of the world's towns of ``TOWN_MIN_POP`` people and
    of its districts, whatever their people (a namesake district makes a name ambiguous)."""
    def build() -> Index:
        index = _index(gaz.large_names(TOWN_MIN_POP), reduce)
        for form, rows in _index(gaz.district_names(), reduce).items():
            index[form] = tuple(sorted(set(index.get(form, ())) | set(rows)))
        return {form: rows for form, rows in index.items() if len(form) >= SHORT_TOWN_LEN}
    return cached_table("variants_towns", _disk_key(gaz, f"towns|{reduce}"), build)


def _places(gaz: Gazetteer, rows, key: str) -> list[Place]:
    """The places of index rows, less those known by the very name written: an exact name was
    weighed (and refused) by the recogniser already ('Northeastern Department' in Colombia is
    no unit of Oman's called 'North Eastern')."""
    return [p for name, g in rows if name != key and (p := gaz.get(g)) is not None]


def _best(places: list[Place]) -> Place:
    """The city before the unit of one name, the most populous first."""
    return max(places, key=lambda p: (p.kind == "city", p.pop))


def _world_place(gaz: Gazetteer, key: str, forms: list[str], world_min_pop: int, reduce: bool,
                 towns: bool) -> Place | bool:
    """The one country's place a skeleton names among the world's large places, then (``towns``)
    its towns; False when namesakes in two countries leave no way to choose, True when none is
    known."""
    indexes = [_world_index(gaz, world_min_pop, reduce)]
    if towns:
        indexes.append(_town_index(gaz, reduce))
    for n, index in enumerate(indexes):
        places = [p for form in forms for p in _places(gaz, index.get(form, ()), key)]
        if len({p.cc for p in places}) > 1:
            return False
        if not places:
            continue
        best = _best(places)
        long = max(len(f) for f in forms if index.get(f)) >= TOWN_MIN_LEN
        # a short name's small town has too many namesakes among the villages the index leaves
        # out; it is still that name's reading, so no other is sought
        return False if n and not long and best.pop < SHORT_TOWN_MIN_POP else best
    return True


def variant_place(gaz: Gazetteer, key: str, countries: list[str], world_min_pop: int,
                  surface: str = "", towns: bool = True) -> Place | None:
    """The place a name spelt differently names: among the given countries' places, or, with no
    country, the world's large places then (``towns``) its towns when one country holds that
    skeleton; None if none or ambiguous. ``surface`` is the text as written (a Somali spelling
    prefers Somalia)."""
    key = key.strip()
    somali = bool(_SOMALI.search(surface or key))
    full, bare = skeleton(key, somali=somali), skeleton(key, article=False, somali=somali)
    search = list(countries)
    if somali and SOMALI_CC not in search:
        search.insert(0, SOMALI_CC)
    for reduce in (False, True):
        forms = [f for f in dict.fromkeys((full, bare)) if len(f) >= MIN_LEN]
        forms = [f for f in dict.fromkeys(reduced(f) for f in forms) if len(f) >= MIN_LEN] \
            if reduce else forms
        for cc in search:
            for form in forms:
                places = _places(gaz, _country_index(gaz, cc, reduce).get(form, ()), key)
                if places:
                    return _best(places)
        if countries or not forms:
            continue  # the article's countries hold no such place: no guess abroad
        found = _world_place(gaz, key, forms, world_min_pop, reduce, towns)
        if found is not True:
            return found or None
    return None
