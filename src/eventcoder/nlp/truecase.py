"""Restore the case of all-capitals wire copy before parsing, keeping every character offset.

The parser and the entity recogniser read case: in "GUERRILLAS OF THE FMLN ATTACKED LIMA" every
word looks like a name. Each word here gets the casing it most often has in English
(data/casing.tsv.gz, from spaCy's lexeme probabilities), names the knowledge base or the
gazetteer knows keep their own casing ("Moro Islamic Liberation Front", "Santa Cruz de
la Sierra"), a common word standing next to a name takes a capital when it often does so in names
("Salvadoran Army"), unknown words are names (or acronyms when short), and sentences start with a
capital. Only letters change case, so the result has the same length and offsets still index the
original text.

Example:
    >>> restore_case("GUERRILLAS OF THE FMLN ATTACKED A POST IN USULUTAN.")
    'Guerrillas of the FMLN attacked a post in Usulutan.'
"""

from __future__ import annotations

import functools
import logging
import re

from eventcoder.nlp.dateline_ents import dateline_separator
from eventcoder.text.casing import casing_table

log = logging.getLogger(__name__)

# A text is wire copy in capitals when nearly all its cased letters are upper case.
MIN_LETTERS = 20
UPPER_SHARE = 0.9
MAX_NAME_WORDS = 8
# Unknown words this short are read as acronyms ("FMLN", "MRTA"), longer ones as names.
ACRONYM_MAX = 4
# A lower-case form more probable than this (natural log) is an everyday English word.
COMMON_LOGPROB = -13
# ... and one more probable than this is a function word ("the", "in", "that").
FUNCTION_LOGPROB = -6.3
MAX_PLACE_WORDS = 4

_WORD = re.compile(r"[A-Za-z]+")
# What may separate the words of one name: spaces (wire copy wraps lines), hyphens, dots.
_NAME_GAP = re.compile(r"[ \t]*\n?[ \t]*|[-.]|\.?[ \t]+")
_SENTENCE_START = re.compile(
    r"(?:[.!?]['\")\]]*\s+|\n\s*\n\s*|--\s*|:\s*\n\s*|(?:^|--|\n)\s*(?:\[[^\]]{0,60}\]\s*)+)['\"(\[]*$"
)
# A full stop after an initial or a title ends no sentence ("the U.S. Embassy", "Gen. Diaz").
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]|\b(?i:gen|col|lt|maj|sgt|capt|cmdr|adm|brig|cpl|dr|mr|mrs|ms|msgr|st|no|nos|gov|"
    r"sen|rep|jr|sr|mt|ft|co|corp|inc|vs))\.\s+['\"(\[]*$"
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words left lower case inside any name, a person's ('ibn', 'van', 'von') as much as a place's: the
# geoparser's particle lists say which words join one place name, a different question.
_ENGLISH_PARTICLES = frozenset({"of", "the", "and", "in", "a", "an", "on", "at", "for", "to"})
_NAME_PARTICLES = _ENGLISH_PARTICLES | frozenset(
    {"de", "la", "las", "los", "del", "el", "y", "da", "do", "dos", "das", "al", "bin", "ibn",
     "van", "von", "le", "du"})


def is_all_caps(text: str) -> bool:
    """True when a text is written in capitals (wire copy), not mixed case."""
    upper = lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    cased = upper + lower
    return cased >= MIN_LETTERS and upper >= UPPER_SHARE * cased


def _common(word: str) -> bool:
    """True for an everyday lower-case English word ("is", "front"), which names rarely are."""
    code = casing_table().get(word.lower())
    return bool(code) and code[0] == "l" and code[1] > COMMON_LOGPROB


@functools.cache
def _name_words() -> frozenset[str]:
    """Common words that stand capitalised inside organisation names (from the actor KB):
    "Front", "Army", "Liberation" take a capital next to a name."""
    table = casing_table()
    words = {w.lower() for key, cased in _known_names().items() if len(key) > 1
             for w in cased if w[:1].isupper()}
    # Function words ("The", "In") are capitalised in names only as sentence or title starts.
    return frozenset(w for w in words - _NAME_PARTICLES
                     if table.get(w, ("t", -30))[1] <= FUNCTION_LOGPROB)


def _cased_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    words = _WORD.findall(name)
    if not words or "".join(words).isupper() and len(words) > 1:
        return None
    return tuple(w.lower() for w in words), tuple(words)


@functools.cache
def _known_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Names whose casing is known: actor KB names, aliases and acronyms, demonyms."""
    from eventcoder.resolve.actors import kb as actor_kb

    names: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in actor_kb.entries():
        for alias in (entry.name, *entry.aliases, *entry.acronyms, *entry.weak):
            pair = _cased_words(alias)
            if pair and len(pair[0]) <= MAX_NAME_WORDS:
                names.setdefault(pair[0], pair[1])
    return names


@functools.cache
def _known_prefixes() -> frozenset[tuple[str, ...]]:
    """Every leading part of a known name, to stop looking as soon as none can follow."""
    return frozenset(key[:n] for key in _known_names() for n in range(1, len(key) + 1))


@functools.lru_cache(maxsize=65536)
def _gazetteer_casing(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The gazetteer's casing of a multi-word place name ("LA ESPERANZA" → "La Esperanza")."""
    try:
        from eventcoder.geoparser.gazetteer import get_gazetteer
        from eventcoder.geoparser.names import norm

        cands = get_gazetteer().lookup_key(norm(" ".join(words)))
    except Exception:  # no gazetteer: casing falls back to the word table
        return None
    for cand in cands[:3]:
        cased = _WORD.findall(cand.place.name)
        if [w.lower() for w in cased] == [w.lower() for w in words]:
            return tuple(cased)
    return None


# A long word the table lacks with an English adverb or past-participle ending ("COLDBLOODEDLY",
# "MACHINEGUNNED") is a word, not a name: titled, it would join the names around it.
_INFLECTED = re.compile(r"[a-z]{7,}(?:ly|ed)", re.IGNORECASE)


def _inflected_word(word: str, code: tuple[str, int] | None) -> bool:
    return code is None and bool(_INFLECTED.fullmatch(word))


def _word_case(word: str, code: tuple[str, int] | None) -> str:
    if _inflected_word(word, code):
        return word.lower()
    if code is None:
        return word.upper() if len(word) <= ACRONYM_MAX else word.title()
    kind = code[0]
    return word.lower() if kind == "l" else word.upper() if kind == "u" else word.title()


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end():right.start()]
    return bool(_NAME_GAP.fullmatch(gap)) and len(gap) <= 6


class _Caser:
    """One text's casing decisions, word by word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = list(_WORD.finditer(text))
        self.cased: list[str | None] = [None] * len(self.words)
        self.named = [False] * len(self.words)  # part of a known name or a proper noun
        self.lower = [m.group().lower() for m in self.words]
        self.adj = [_adjacent(text, a, b) for a, b in zip(self.words, self.words[1:], strict=False)]

    def run(self) -> str:
        self._known_names()
        table = casing_table()
        for i, m in enumerate(self.words):
            if self.cased[i] is None:
                code = table.get(m.group().lower())
                self.cased[i] = _word_case(m.group(), code)
                self.named[i] = code is None and len(m.group()) > ACRONYM_MAX \
                    and not _inflected_word(m.group(), code) or bool(code and code[0] == "t")
        self._names_spread()
        self._special_words()
        self._sentence_starts()
        self._dateline()
        chars = list(self.text)
        for m, cased in zip(self.words, self.cased, strict=True):
            chars[m.start():m.end()] = cased or m.group()
        return "".join(chars)

    def _run_length(self, i: int) -> int:
        """How many words from ``i`` on follow each other as one name could (at most 8)."""
        n = 1
        while n < MAX_NAME_WORDS and i + n < len(self.words) and self.adj[i + n - 1]:
            n += 1
        return n

    def _match_at(self, i: int) -> tuple[int, tuple[str, ...]] | None:
        known, prefixes = _known_names(), _known_prefixes()
        longest = self._run_length(i)
        found: tuple[int, tuple[str, ...]] | None = None
        for n in range(1, longest + 1):
            key = tuple(self.lower[i:i + n])
            if key not in prefixes:
                break
            if key in known and not (n == 1 and _common(key[0])):  # "IS" the verb
                found = (n, known[key])
        if found:
            return found
        for n in range(min(MAX_PLACE_WORDS, longest), 1, -1):
            key = tuple(self.lower[i:i + n])
            if key[0] in _ENGLISH_PARTICLES or key[-1] in _NAME_PARTICLES or \
                    all(_common(w) for w in key):
                continue
            cased = _gazetteer_casing(tuple(m.group() for m in self.words[i:i + n]))
            if cased is not None:
                return n, cased
        return None

    def _known_names(self) -> None:
        i = 0
        while i < len(self.words):
            found = self._match_at(i)
            if found is None:
                i += 1
                continue
            n, cased = found
            for k, w in enumerate(cased):
                self.cased[i + k] = w
                self.named[i + k] = w[:1].isupper()
            i += n

    def _names_spread(self) -> None:
        """A word that often stands in organisation names takes a capital next to a name."""
        name_words = _name_words()
        changed = True
        while changed:
            changed = False
            for i, m in enumerate(self.words):
                if self.named[i] or m.group().lower() not in name_words:
                    continue
                for j in (i - 1, i + 1):
                    if 0 <= j < len(self.words) and self.named[j] and \
                            not (self.cased[j] or "").isupper() and \
                            _adjacent(self.text, self.words[min(i, j)], self.words[max(i, j)]):
                        self.cased[i], self.named[i], changed = m.group().title(), True, True
                        break

    def _special_words(self) -> None:
        for i, m in enumerate(self.words):
            word, before, after = m.group(), self.text[:m.start()], self.text[m.end():]
            if word.lower() in _MONTHS and (re.search(r"\d\s*$", before[-4:])
                                            or re.match(r"\s*\d", after[:4])):
                self.cased[i] = word.title()
            elif before.endswith(("'", "’")) and before[-2:-1].isalpha():
                self.cased[i] = word.lower()  # "COUNTRY'S"
            elif len(word) == 1 and (re.match(r"[-.]?\d|\.[A-Za-z]\b", after[:3])
                                     or re.search(r"\b[A-Za-z]\.$", before[-2:])):
                self.cased[i] = word.upper()  # "M-16", "U.S."

    def _sentence_starts(self) -> None:
        for i, m in enumerate(self.words):
            lo = max(0, m.start() - 100)
            before = ("\0" if lo else "") + self.text[lo:m.start()]  # "^" is the text's start
            if _SENTENCE_START.search(before) and not _ABBREVIATION_END.search(before) or \
                    not self.text[:m.start()].strip(" \t\n'\"(["):
                cased = self.cased[i] or m.group()
                self.cased[i] = cased[:1].upper() + cased[1:]

    def _dateline(self) -> None:
        """Mixed-case wire copy keeps its dateline's place in capitals and starts a sentence
        after the separator ("LIMA, Oct 13 (AP) - A court ..."): read the same, the capitals copy
        parses the same (its place, kept in title case, runs into the lead sentence)."""
        found = dateline_separator(self.text)
        if found is None:
            return
        place_end, sep = found
        # only the place's own line: a headline above the dateline is restored as any sentence
        line_start = self.text.rfind("\n", 0, place_end) + 1
        for i, m in enumerate(self.words):
            if line_start <= m.start() and m.end() <= place_end:
                self.cased[i] = m.group()
            elif m.start() > sep:
                cased = self.cased[i] or m.group()
                self.cased[i] = cased[:1].upper() + cased[1:]
                break


def restore_case(text: str) -> str:
    """The text with the case of all-capitals copy restored (same length); other text unchanged."""
    if not is_all_caps(text):
        return text
    cased = _Caser(text).run()
    if len(cased) != len(text) or cased.lower() != text.lower():  # pragma: no cover - guard
        log.warning("truecasing changed more than letter case; parsing the text as written")
        return text
    return cased
