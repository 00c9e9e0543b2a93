"""A place name that is the last word of a longer local name the gazetteer lacks: 'Tumbun Ndjamena
settlements' (a Borno village named after Chad's capital), 'Dand Wa Patan district' (an Afghan
district, not Nepal's Patan). Villages and districts are often named after another place with a
word before it; when a capitalised word that names no place itself stands right before the name
and a settlement or unit noun follows the pair, the noun describes the whole longer name, so the
reading of the last word alone is a namesake and names no place of the text."""

from __future__ import annotations

import re

from eventcoder.geoparser.gazetteer import Gazetteer
from eventcoder.geoparser.unit_gap import UNIT_NOUNS
from eventcoder.text.words import MONTHS, WEEKDAYS

# The word before: capitalised, of letters only ('Tumbun', 'Wa'), directly before the name.
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z][a-z'’]+)\s$")
# A sentence's first word is capitalised whatever it is; so are these words before any name.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“\n])\s*$")
_TITLES = {"the", "in", "at", "of", "on", "near", "from", "to", "and", "or", "greater", "central",
           "mr", "mrs", "ms", "dr", "president", "governor", "mayor", "chief", "general", "king"}
_TITLES |= {w.lower() for w in (*WEEKDAYS, *MONTHS)}
# A title-case headline capitalises every word ("Gunmen Kill Five In Restive Mandera County").
_HEADLINE_MIN_WORDS = 4
_NOUN_AFTER = re.compile(rf"\s+(?:settlements?|{'|'.join(UNIT_NOUNS)})\b", re.IGNORECASE)


def inside_longer_name(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """The name at ``start:end`` is the last word of a longer local name: a capitalised word that
    is no place stands right before it, and a settlement or unit noun follows ('Tumbun Ndjamena
    settlements'); the whole name is not in the gazetteer."""
    if not _NOUN_AFTER.match(text, end):
        return False
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if m is None:
        return False
    word = m.group(1)
    before = text[max(0, start - 30) : start][: m.start(1)]
    if word.lower() in _TITLES or _SENTENCE_END.search(before) or word.endswith(("'s", "’s")):
        return False  # a possessive names the holder: "eastern Congo's North Kivu province"
    if _title_case_line(text, start):
        return False
    return not gaz.lookup(word) and not gaz.lookup(f"{word} {text[start:end]}")


def _title_case_line(text: str, start: int) -> bool:
    """The name stands in a line whose words are all capitalised: a headline, not prose."""
    full_stop = text.rfind(". ", 0, start)
    line_start = max(text.rfind("\n", 0, start) + 1, full_stop + 2 if full_stop >= 0 else 0)
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[line_start : line_end if line_end >= 0 else None])
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= _HEADLINE_MIN_WORDS and all(w[0].isupper() for w in long_words)
