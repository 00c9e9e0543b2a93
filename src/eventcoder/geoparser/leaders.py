"""Heads of state and single-host peace operations: names that point to one country.

'President Joseph Kabila' names the DR Congo, 'MINUSCA' the Central African Republic. The tables
are ``data/geo_leaders.yaml`` and ``data/geo_missions.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eventcoder.datafiles import load_data
from eventcoder.geoparser.names import norm


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
    pattern, country = leader_pattern()
    return tuple(Counter({country[m.group(1)] for m in pattern.finditer(norm(text))}).items())


@functools.lru_cache(maxsize=8)
def _mission_votes(text: str) -> tuple[tuple[str, int], ...]:
    pattern, host = mission_pattern()
    return tuple(Counter(host[name] for name in {m.group(1) for m in pattern.finditer(text)})
                 .items())
