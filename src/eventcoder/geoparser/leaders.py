"""Heads of state and single-host peace operations: names that point to one country.

'President Joseph Kabila' names the DR Congo, 'MINUSCA' the Central African Republic. The tables
are ``data/geo_leaders.yaml`` and ``data/geo_missions.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

from eventcoder.datafiles import load_data
from eventcoder.geoparser.names import norm

# A misspelt surname ('Nkrunziza', 'Musevini') is one letter off; below eight letters one edit
# reaches other names ('Kabila' -> 'Kabala', a town), so only long surnames are matched loosely.
NEAR_MIN_LEN = 8
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_CAP_WORD = re.compile(r"\b[A-Z][a-z\u00e0-\u00ff]{7,}\b")


@functools.cache
def mission_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching the acronyms of single-host peace operations, and acronym → host."""
    data = load_data("geo_missions.yaml")
    host = {str(name): str(row[0]) for row in data.get("missions") or [] for name in row[1:]}
    names = sorted(host, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b"), host


@functools.cache
def leader_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching leaders' full names, 'President <surname>' or a surname the news uses
    alone, and name → country."""
    data = load_data("geo_leaders.yaml")
    country: dict[str, str] = {}
    for row in data.get("leaders") or []:
        for name in row[1:]:
            country[norm(str(name))] = str(row[0])
            country["president " + norm(str(name)).split()[-1]] = str(row[0])
    for cc, surname in data.get("alone") or []:  # 'after Kenyatta declared the winner'
        country[norm(str(surname))] = str(cc)
    names = sorted(country, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b"), country


def leader_name(surface: str) -> bool:
    """Whether a name is a leader's of the table ('Kibaki', 'Yoweri Museveni'): a person, not
    the namesake place the gazetteer may hold ('Kybaky' in Ukraine)."""
    return norm(surface) in leader_pattern()[1]


@functools.cache
def _lone_surnames() -> dict[str, str]:
    """The 'alone' surnames long enough to match with one letter off, key → country."""
    data = load_data("geo_leaders.yaml")
    return {norm(str(name)): str(cc) for cc, name in data.get("alone") or []
            if len(norm(str(name))) >= NEAR_MIN_LEN}


def near_leader(word: str) -> str | None:
    """The country of the long leader's surname a word misspells by one letter ('Nkrunziza's'
    → Burundi), None for an exact or no match (exact names go through ``leader_pattern``)."""
    key = norm(word)
    key = key[:-1] if key.endswith("s") and word.endswith(("'s", "’s")) else key
    names = _lone_surnames()
    if key in names:
        return None
    return next((cc for name, cc in names.items()
                 if Levenshtein.distance(key, name, score_cutoff=1) <= 1), None)


def inside_leader_name(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) belong to a leader's full name written around them
    ('San' of 'Aung San Suu Kyi', 'Jonathan' of 'Goodluck Jonathan'): a person, not a place."""
    key = norm(text[start:end])
    if not key or not any(key != name and key in name for name in _names_in(text)):
        return False  # most texts name no leader: one scan of the text, not one per place
    pattern, _ = leader_pattern()
    window = norm(text[max(0, start - 40) : end + 40])
    word = re.compile(rf"\b{re.escape(key)}\b")
    return any(m.group(1) != key and word.search(m.group(1)) for m in pattern.finditer(window))


@functools.lru_cache(maxsize=8)
def _names_in(text: str) -> frozenset[str]:
    """The leaders' names (full or alone) a text writes anywhere: one scan serves the votes and
    the check for a place inside a name."""
    pattern, _ = leader_pattern()
    # 'Goodluck Jonathan's supporters': the possessive would glue an 's' to the name's key
    return frozenset(m.group(1) for m in pattern.finditer(norm(_POSSESSIVE.sub("", text))))


def leader_votes(text: str) -> Counter[str]:
    """Country votes from the heads of state a text names, one per country."""
    return Counter(dict(_leader_votes(text)))


def mission_votes(text: str) -> Counter[str]:
    """Host-country votes from the peace operations a text names, one per mission named."""
    return Counter(dict(_mission_votes(text)))


# The country scorer and the fuzzy matcher both scan the same article's whole text with these
# long alternations; the last few texts' votes are kept (callers get a fresh Counter).
@functools.lru_cache(maxsize=8)
def _leader_votes(text: str) -> tuple[tuple[str, int], ...]:
    _, country = leader_pattern()
    found = {country[name] for name in _names_in(text)}
    found |= {cc for m in _CAP_WORD.finditer(text) if (cc := near_leader(m.group(0)))}
    return tuple(Counter(found).items())


@functools.lru_cache(maxsize=8)
def _mission_votes(text: str) -> tuple[tuple[str, int], ...]:
    pattern, host = mission_pattern()
    return tuple(Counter(host[name] for name in {m.group(1) for m in pattern.finditer(text)})
                 .items())
