"""Country from words the training records tie to one country (data/word_prior.yaml).

Used only for an event whose text names no place, no country adjective, no known actor and no
publisher that points anywhere: a Mogadishu district ('Dharkenley'), a Libyan militia's base
('Garabulli') or a group only one country has ('Imbonerakure') then says where. The table is
learned by `eventcoder fit words` from the training lines (never the dev files).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eventcoder.datafiles import load_data
from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.resolve.event_location.records import location_of

# A capitalised word of five letters or more that does not start a sentence ('in Dharkenley',
# 'a Garabulli-based unit', 'Deir-ez-Zor'): a sentence's first word is capitalised whatever it is,
# and shorter words are too often personal names or titles ('Shah', 'Wali', 'Hadi').
WORD = re.compile(r"(?<![.!?:\"“]\s)(?<![.!?:\"“])(?<!^)\b([A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)\b"
                  r"(?!['’])")
MIN_CHARS = 5


@functools.cache
def word_table() -> dict[str, str]:
    """Word → the country its training lines are in."""
    return {str(k): str(v[0]) for k, v in (load_data("word_prior.yaml").get("words") or {}).items()}


def candidate_words(text: str) -> set[str]:
    """The capitalised, not sentence-initial words of five letters or more in a text."""
    return {w for w in WORD.findall(text.strip()) if len(w) >= MIN_CHARS}


def word_prior_country(text: str) -> tuple[str, list[str]] | None:
    """The one country the text's table words point to, with those words; None when none do or
    two countries tie."""
    table = word_table()
    hits = sorted(w for w in candidate_words(text) if w in table)
    votes = Counter(table[w] for w in hits)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    cc = ranked[0][0]
    return cc, [w for w in hits if table[w] == cc]


def locate_by_words(document: Document, event: Event) -> bool:
    """Place the event in the country the text's table words point to; True when placed."""
    learned = word_prior_country(document.text)
    country = get_gazetteer().country(learned[0]) if learned else None
    if learned is None or country is None:
        return False
    event.location = location_of(country)
    event.notes["location"] = ("the text names no place the gazetteer knows; the training records "
                               f"tie {', '.join(repr(w) for w in learned[1])} to {country.name}")
    return True
