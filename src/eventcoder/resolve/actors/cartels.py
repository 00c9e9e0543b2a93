"""Cartels named after their city, region or founder: "the Tijuana drug cartel", "members of the
Santa Rosa de Lima cartel", "the Cali cocaine cartel".

A capitalised name before "cartel" (a trade word such as "drug" may stand between) names one
organisation, which ACLED writes "<Name> Cartel" ("Sinaloa Cartel", "Gulf Cartel"). Without this
the place read alone ("Tijuana") became the actor, or the cartel's gunmen an unidentified armed
group. A nationality or country ("Mexican drug cartels", "Colombia's cartels") names no one
cartel, and a known name takes its knowledge-base entry.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from eventcoder.geoparser.countries import code_for_name, demonym_code
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps

_NAME_WORD = r"[A-Z][\w'’.-]+"
_CARTEL = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?:\s+(?:de(?:\s+la)?|del|los|las|el|la)?\s*{_NAME_WORD}){{0,3}})"
    r"\s+(?:(?:drug|drugs|crime|criminal|narco|narcotics|cocaine|trafficking)\s+)?[Cc]artel\b")
# Words that open a sentence or a phrase before the name, not part of it (besides stop words).
_NOT_NAMES = frozenset({"rival", "powerful", "notorious", "local", "major", "main", "biggest",
                        "largest", "drug", "drugs", "feared", "violent", "defunct"})
_TRADE = frozenset({"drug", "drugs", "crime", "narco", "narcotics", "cocaine", "trafficking"})


def _names_one(name: str) -> str | None:
    """The cartel name without a leading article or adjective, or None for a nation."""
    words = name.split()
    while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _NOT_NAMES):
        words = words[1:]  # "In Sinaloa cartel gunmen ...", "The powerful Gulf cartel"
    while words and words[-1].lower() in _TRADE:
        words = words[:-1]  # "the Tijuana Drug Cartel"
    if not words:
        return None
    name = " ".join(words)
    bare = re.sub(r"['’]s$", "", name)
    if demonym_code(bare) or code_for_name(bare):
        return None  # "Mexican drug cartels", "Colombia's cartels": a country's, no one cartel
    return name


def cartel_hits(text: str, taken: list[tuple[int, int]], country: str | None) -> list[Hit]:
    """Mentions of cartels named after a place or a founder."""
    out: list[Hit] = []
    for m in _CARTEL.finditer(text):
        name = _names_one(m.group("name"))
        if name is None:
            continue
        # the name's own first word, where the match began with an article or spanned a line break
        offset = m.group("name").find(name.split()[0])
        if offset < 0:
            continue
        start = m.start("name") + offset
        if overlaps(start, m.end(), taken):
            continue
        label = f"{name} Cartel"
        entry = actor_kb.lookup(label, country) or actor_kb.lookup(text[start:m.end()], country)
        if entry is not None:
            out.append(Hit.of_entry(start, m.end(), text[start:m.end()], entry, country))
            continue
        out.append(Hit(start, m.end(), text[start:m.end()], f"new:{actor_kb._norm(label)}", label,
                       "armed group", label, country))
    return out
