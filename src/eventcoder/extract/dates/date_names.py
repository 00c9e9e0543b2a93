"""A date that is part of a name: squares, streets, bridges, stadiums and movements named after
a day ("May 13 Square" in Antananarivo, "the 6th of October Bridge" in Cairo, "the 28 September
Stadium" in Conakry, "the March 23 Movement"). Such a date names a place or a group, never the
day of the deed, however close it stands to the verb."""

from __future__ import annotations

import re
from typing import Any

from eventcoder.nlp.doc_cache import doc_text, span_text
from eventcoder.resolve.actors.date_names import date_like, named_as_group
from eventcoder.resolve.actors.kb import lookup

# The capitalised head noun a day-name runs into ("May 13 Square", "14 January Avenue").
_NAME_HEAD = re.compile(
    r"\s+(?:Square|Street|Avenue|Road|Boulevard|Bridge|Stadium|Roundabout|Circle|Park|Camp|"
    r"Hospital|University|Barracks|Garden|Gardens|Market|Movement|Alliance|Coalition|Brigade|"
    r"Brigades)\b"
)
# A date right after these words dates the sentence ("On 12 May Movement rebels ..." is rare and
# ambiguous; the preposition says the day is meant).
_DATING_WORD = re.compile(r"\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom)\s+$")


def names_a_thing(span: Any) -> bool:
    """Whether a date span is the first part of a place's or group's name."""
    text = doc_text(span.doc)  # one joined text per Doc: spaCy rebuilds doc.text per access
    after = text[span.end_char:span.end_char + 30]
    surface = span_text(span)
    if date_like(surface) and lookup(surface) is not None:
        return named_as_group(text, span.start_char, span.end_char)
    if not _NAME_HEAD.match(after):
        return False
    before = text[max(0, span.start_char - 12):span.start_char]
    return _DATING_WORD.search(before) is None
