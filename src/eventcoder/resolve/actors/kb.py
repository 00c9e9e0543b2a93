"""The curated actor knowledge base (data/actors.yaml) and the generic actor lexicon.

Known names are found by exact alias matching (acronyms and one-word names case-sensitively,
longer names in any case); a spelling variant falls back to rapidfuzz with a strict cut-off.
Aliases that are ambiguous worldwide ("ADF", "SNA", "Maoists") are `weak`: they resolve only
when the article is about the entry's country, so an unknown group is never forced onto a wrong
known one.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from eventcoder.datafiles import load_data
from eventcoder.disk_cache import cached_table, files_key
from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors.date_names import date_like, named_as_group
from eventcoder.resolve.actors.phoenix import merge_phoenix
from eventcoder.text.alias_regex import folded_trie_pattern, pick_regex
from eventcoder.text.fold import strip_accents
from eventcoder.text.regex_cache import compile_cached

# Spelling variants must be this close (0-100) to a known name to be resolved onto it.
FUZZY_CUTOFF = 92


_APOSTROPHES = re.compile(r"['’`]")
_JOINERS = re.compile(r"[-‐–_/]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.I)


# The same names are folded thousands of times per article batch (every alias test, every hit).
@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """Fold accents, case, apostrophes and hyphens for name comparison."""
    text = strip_accents(text).lower()
    text = _APOSTROPHES.sub("", text)
    text = _JOINERS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class KBEntry:
    """One known actor."""

    id: str
    name: str
    acled: str
    kind: str
    country: str | None
    source: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    acled_by_country: tuple[tuple[str, str], ...] = ()

    def acled_name(self, context_country: str | None) -> str | None:
        """ACLED label, picking the national branch or filling {country} from the context."""
        by_country = dict(self.acled_by_country)
        if context_country and context_country in by_country:
            return by_country[context_country]
        if "{country}" in self.acled:
            name = country_name(context_country or self.country)
            return self.acled.format(country=name) if name else None
        return self.acled


@dataclass
class KBHit:
    """A known actor named in the text."""

    start: int
    end: int
    text: str
    entry: KBEntry


@dataclass
class _Index:
    entries: list[KBEntry] = field(default_factory=list)
    # normalised alias → entries (strong aliases), and weak alias → entries
    strong: dict[str, list[KBEntry]] = field(default_factory=dict)
    weak: dict[str, list[KBEntry]] = field(default_factory=dict)
    ci_words: list[str] = field(default_factory=list)
    cs_regex: re.Pattern[str] | None = None
    ci_ascii: re.Pattern[str] | None = None  # the same as a trie (see alias_regex)
    compiled_ci: re.Pattern[str] | None = None
    # the sources of cs_regex and ci_ascii: the index is cached on disk without compiled regexes
    cs_source: str | None = None
    ci_ascii_source: str | None = None

    @property
    def ci_regex(self) -> re.Pattern[str] | None:
        """The case-insensitive alternation, compiled on first use (few texts need it)."""
        if self.compiled_ci is None and self.ci_words:
            self.compiled_ci = _alternation(self.ci_words, re.IGNORECASE)
        return self.compiled_ci


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _norm(name)).strip("-")


def _case_sensitive(alias: str) -> bool:
    """Acronyms and single words are matched as written ("IS" is not "is", "Rada" not "rada")."""
    return " " not in alias.strip() or alias.isupper()


def _alternation_pattern(words: list[str]) -> str | None:
    if not words:
        return None
    words = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return rf"(?<![\w-])(?:{body})(?![\w]|(?-i:-[A-Za-z]*[A-Z]))"


def _alternation(words: list[str], flags: int) -> re.Pattern[str] | None:
    pattern = _alternation_pattern(words)
    return None if pattern is None else compile_cached(pattern, flags)


# The modules whose code shapes the index: a change to any of them rebuilds the cached one.
_INDEX_CODE = ("eventcoder.resolve.actors.kb", "eventcoder.resolve.actors.phoenix",
               "eventcoder.text.alias_regex", "eventcoder.text.fold", "eventcoder.datafiles",
               "eventcoder.yaml_fast")


def _index_key() -> str:
    data = resources.files("eventcoder.data")
    names = ("actors.yaml", "actors_past.yaml", "political_parties.yaml", "actors_phoenix.json")
    paths = [Path(str(data.joinpath(name))) for name in names]
    paths += [Path(str(importlib.import_module(name).__file__)) for name in _INDEX_CODE]
    return "v1|" + files_key(*paths)


@functools.cache
def load_kb() -> _Index:
    """Load data/actors.yaml, data/actors_past.yaml and data/political_parties.yaml (with the
    Phoenix entries merged in) once and build the alias indexes."""
    # Reading the YAML, merging the Phoenix entries and building the trie cost a quarter of a
    # second at every start: the built index is kept on disk, keyed by the data and the code.
    index = cached_table("actor_index", _index_key(), _build_index)
    index.cs_regex = compile_cached(index.cs_source) if index.cs_source else None
    index.ci_ascii = compile_cached(index.ci_ascii_source) if index.ci_ascii_source else None
    return index


# A militia named by its town's or people's adjective ("Zintani forces", "Misratan militias") is
# as often named by one of its members or units: "Zintani fighters", "a Misratan unit", "the
# Zintani commander". Only the adjective form of a name (ending -i, -an: a demonym) is widened, so a
# bare place name ("Misrata forces") never makes "Misrata commander" a militia.
_DEMONYM_FORCES = re.compile(r"^(?P<adj>[A-Z][a-z]+(?:i|an))\s+(?:forces|militias?|brigades)$")
_MEMBER_NOUNS = ("fighters", "militiamen", "gunmen", "unit", "units", "commander", "commanders",
                 "leader", "brigade")
_MILITIA_KINDS = {"militia"}


def member_aliases(alias: str) -> tuple[str, ...]:
    """The member and unit names of a militia named "<Demonym> forces" ("Zintani forces" →
    "Zintani fighters", "Zintani commander", ...); () for other aliases."""
    m = _DEMONYM_FORCES.match(alias)
    return tuple(f"{m.group('adj')} {noun}" for noun in _MEMBER_NOUNS) if m else ()


def _joined_acronyms(acronyms: tuple[str, ...]) -> list[str]:
    """One group's two acronyms joined by a hyphen ("TPNPB-OPM", "YPG-YPJ", "PKK-HPG"): the
    pattern keeps an acronym from matching inside a hyphenated one ("SPLM" in "SPLM-IO", another
    group), so the joined pair is matched as the group's own name."""
    plain = [a for a in acronyms if "-" not in a and "/" not in a]
    return [f"{a}-{b}" for a in plain for b in plain if a.upper() != b.upper()]


def _build_index() -> _Index:
    curated = [*load_data("actors.yaml")["actors"], *load_data("actors_past.yaml")["actors"],
               *load_data("political_parties.yaml")["actors"]]
    raw = merge_phoenix(curated, _norm)
    index = _Index()
    ci: list[str] = []
    cs: list[str] = []
    for item in raw:
        entry = KBEntry(
            id=_slug(item["name"]),
            name=item["name"],
            acled=item["acled"],
            kind=item["kind"],
            country=item.get("country"),
            source=item["source"],
            aliases=tuple(item.get("aliases") or ()),
            acronyms=tuple(item.get("acronyms") or ()),
            weak=tuple(item.get("weak") or ()),
            acled_by_country=tuple(sorted((item.get("acled_by_country") or {}).items())),
        )
        index.entries.append(entry)
        members = [m for a in entry.aliases for m in member_aliases(a)] \
            if entry.kind in _MILITIA_KINDS else []
        known = {_norm(a) for a in entry.aliases}
        members = [m for m in dict.fromkeys(members) if _norm(m) not in known]
        for alias in (entry.name, *entry.aliases, *members, *entry.acronyms,
                      *_joined_acronyms(entry.acronyms)):
            alias = re.sub(r"^the\s+", "", alias, flags=re.I)
            index.strong.setdefault(_norm(alias), []).append(entry)
            (cs if alias in entry.acronyms or _case_sensitive(alias) else ci).append(alias)
        for alias in entry.weak:
            index.weak.setdefault(_norm(alias), []).append(entry)
            (cs if _case_sensitive(alias) else ci).append(alias)
    index.ci_words = ci
    index.ci_ascii_source = folded_trie_pattern(ci, r"(?<![\w-])", r"(?![\w]|-[A-Za-z]*[A-Z])")
    index.cs_source = _alternation_pattern(cs)
    return index


def entries() -> list[KBEntry]:
    """All knowledge-base entries."""
    return load_kb().entries


def _choose(cands: list[KBEntry], country: str | None) -> KBEntry | None:
    if not cands:
        return None
    for e in cands:
        if country and e.country == country:
            return e
    return cands[0]


def _lookup_key(name: str) -> str:
    """The index key of a name as written: normalised, without a leading 'the'."""
    return _norm(_LEADING_THE.sub("", name.strip()))


def lookup(name: str, country: str | None = None,
           backing: Collection[str] = ()) -> KBEntry | None:
    """The entry a name denotes exactly (strong alias, or weak alias in its own country).

    With no article country, ``backing`` holds the countries of the actors the text names by
    unshared names: a weak alias takes the one holder they back ('NAF' beside Boko Haram is
    Nigeria's air force, not Novorossiya's forces) and no holder they all contradict."""
    index = load_kb()
    key = _lookup_key(name)
    entry = _choose(index.strong.get(key, []), country)
    if entry:
        return entry
    cands = index.weak.get(key, [])
    weak = [e for e in cands if country and e.country == country]
    if not weak and country is None:
        backed = [e for e in cands if e.country in backing]
        if len({e.country for e in backed}) == 1:
            weak = backed
        elif not backing and len({e.country for e in cands}) == 1:
            # no country to check against, but every holder of the name is from one country
            weak = cands
    return weak[0] if weak else None


def weak_only(name: str) -> bool:
    """True if the name is only a weak (shared worldwide) alias, no entry's own name."""
    index = load_kb()
    key = _lookup_key(name)
    return key not in index.strong and key in index.weak


@functools.cache
def _fuzzy_keys() -> tuple[list[str], list[KBEntry]]:
    index = load_kb()
    keys: list[str] = []
    owners: list[KBEntry] = []
    for key, cands in index.strong.items():
        if len(key) >= 6:
            keys.append(key)
            owners.append(cands[0])
    return keys, owners


@functools.lru_cache(maxsize=4096)  # the same names recur across stages and articles
def fuzzy_lookup(name: str, country: str | None = None) -> KBEntry | None:
    """The entry a spelling variant denotes ("Al-Shabab" ~ "Al Shabaab"), only when very close."""
    exact = lookup(name, country)
    if exact:
        return exact
    key = _lookup_key(name)
    if len(key) < 6:
        return None
    keys, owners = _fuzzy_keys()
    best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if not best:
        return None
    cand_key, _score, pos = best
    # Variants differ in spelling, not in what they name: first letters and word counts agree.
    if cand_key[0] != key[0] or abs(len(cand_key.split()) - len(key.split())) > 1:
        return None
    return owners[pos]


def _inside_name(text: str, start: int, end: int) -> bool:
    """True if a one-word name follows another capitalised word of a longer proper name
    ("Rada" in "Bu Rada"); nationalities, possessives and adjectives do not count."""
    m = re.search(r"(?:^|[^.!?:;\n])\s([A-Z][\w'’-]+)\s+$", text[max(0, start - 30):start])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in {"the", "a", "an", "and", "of", "by", "to", "in", "on", "with", "from"}:
        return False
    if re.search(r"(['’]s|ist|ists|ite|ites|an|ans|ese|i|ic)$", word):
        return False
    from eventcoder.geoparser.countries import code_for_name

    return code_for_name(word) is None


@functools.lru_cache(maxsize=64)
def _name_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    # The big alternation regexes are the costly part; several stages ask about the same text.
    index = load_kb()
    raw: list[tuple[int, int, str]] = []
    ci = pick_regex(lambda: index.ci_regex, index.ci_ascii, text) if index.ci_words else None
    for rx in (ci, index.cs_regex):
        if rx is None:
            continue
        raw.extend((m.start(), m.end(), m.group(0)) for m in rx.finditer(text))
    raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    return tuple(raw)


_LINE_BREAK = re.compile(r"(?<![\n\r])\r?\n(?![ \t]*\r?\n)")


def find_known(text: str, country: str | None = None,
               backing: Collection[str] = ()) -> list[KBHit]:
    """Every known actor named in ``text`` (longest match wins), resolved with ``country``
    (``backing``: see ``lookup``)."""
    hits: list[KBHit] = []
    last_end = -1
    # Hard-wrapped copy breaks names across lines ("SHINING\nPATH"): read a line break inside a
    # paragraph as a space (same length, so offsets hold) and quote the text as written.
    joined = _LINE_BREAK.sub(lambda m: " " * len(m.group()), text)
    for start, end, surface in _name_matches(joined):
        if start < last_end:
            continue
        entry = lookup(surface, country, backing)
        if entry is None:
            continue
        if date_like(surface) and not named_as_group(text, start, end):
            continue  # "on November 17" is a day, "November 17 said" the Greek group
        if " " not in surface and not surface.isupper() and _inside_name(text, start, end):
            continue  # "Rada" in "Bu Rada", "Wagner" in "Richard Wagner"
        hits.append(KBHit(start, end, text[start:end], entry))
        last_end = end
    return hits


@functools.cache
def terms() -> dict[str, Any]:
    """The generic actor lexicon (data/actor_terms.yaml)."""
    return load_data("actor_terms.yaml")


def class_label(cls: str, country: str) -> str:
    """ACLED label of a generic actor class in a named country ("Military Forces of Mali")."""
    return terms()["classes"][cls]["acled"].format(country=country)


@functools.cache
def agencies() -> frozenset[str]:
    """News agency names (never actors; "told AFP" names the wire agency)."""
    return frozenset(terms()["agencies"])
