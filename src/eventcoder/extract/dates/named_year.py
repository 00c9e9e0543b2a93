"""A deed noun named by its year ("the 2015 Paris attacks", "2015's bombing"): the year dates
that incident, even where spaCy reads the year as a cardinal rather than a date."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from eventcoder.document import DateInfo
from eventcoder.extract.dates.resolve import resolve_date

_YEAR = re.compile(r"(?:19|20)\d\d")
# how a year modifies the noun it names: "the 2015 attacks", "2015's attacks"
_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})


def named_year(token: Any) -> Any:
    """The year token that names this deed noun ("the 2019 mosque shootings"), or None."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in token.children:
        if child.i < token.i and child.dep_ in _MODIFIER_DEPS and _YEAR.fullmatch(child.text):
            return child
    return None


def own_year_dates(document: Any, event: Any, published: date | None) -> list[tuple[Any, DateInfo, bool]]:
    """(year token, its date, names the first mention) for each of the event's trigger nouns named
    by a year spaCy did not tag as a date (a year tagged DATE is already a candidate); a year after
    publication names a plan, not a deed."""
    found = []
    for k, (start, end) in enumerate(sorted(event._mentions)):
        span = document.spacy_doc.char_span(start, end, alignment_mode="expand")
        year = named_year(span.root) if span is not None and len(span) else None
        if year is None or year.ent_type_ in ("DATE", "TIME"):
            continue
        if published is not None and int(year.text) > published.year:
            continue
        info = resolve_date(year.text, published)
        if info.precision != "unknown":
            found.append((year, info, k == 0))
    return found
