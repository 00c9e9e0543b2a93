"""Dates told against another day or another fact: "on the eve of Saturday's election" (the day
before), "since the coup of August 2023" (the coup's month, not the incident's), and a period
("this week") that a later sentence narrows to one of its days ("on Tuesday")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from eventcoder.document import DateInfo
from eventcoder.extract.dates.common import PART_OF_DAY
from eventcoder.extract.locality import when_after
from eventcoder.nlp.doc_cache import doc_text

# "on the eve of", "the day before", "the night after": the incident is a day off the date named
_RELATION = r"the\s+(?P<part>eve|day|night|morning|evening)\s+(?P<rel>of|before|after)\s+(?:the\s+)?"
_BEFORE = re.compile(rf"\b{_RELATION}$", re.I)
_INSIDE = re.compile(rf"^(?:on\s+)?{_RELATION}", re.I)


def _days(m: re.Match[str] | None) -> int:
    if m is None:
        return 0
    part, rel = m.group("part").lower(), m.group("rel").lower()
    if rel == "of":
        return -1 if part == "eve" else 0  # "the night of Friday" is Friday itself
    return -1 if rel == "before" else 1


def eve_offset(span: Any, text: str) -> tuple[int, str]:
    """Days between the incident and the date the span names, and the date's own text: -1 for
    "the eve of Saturday's vote" and "the day before Saturday's vote", +1 for "the day after"."""
    inside = _INSIDE.search(text)
    if inside is not None and _days(inside):
        return _days(inside), text[inside.end() :]
    before = doc_text(span.doc)[max(span.start_char - 30, 0) : span.start_char]
    return _days(_BEFORE.search(before)), text


def shifted(info: DateInfo, days: int) -> DateInfo:
    """The same date moved by ``days`` (only a day-precision date moves)."""
    if not days or info.precision != "day" or not info.start:
        return info
    start = date.fromisoformat(info.start) + timedelta(days=days)
    return DateInfo(start=start.isoformat(), end=start.isoformat(), precision="day", text=info.text,
                    note=info.note)


_SINCE = frozenset({"since", "ever"})


def dates_a_since_noun(root: Any, triggers: list[Any]) -> bool:
    """"Since the coup of August 2023, activists have been detained": the date hangs from the noun
    a 'since' phrase starts the period with, and dates that noun, not what happened after it."""
    token = root
    for _ in range(8):
        head = token.head
        if head is token:
            return False
        if head.dep_ == "pobj" and head.head.lower_ == "since" and head.pos_ in ("NOUN", "PROPN") \
                and token is not head:
            # "since 19 June night": a time of day is the date itself, not a fact it dates
            return head not in triggers and not re.fullmatch(PART_OF_DAY + "s?", head.lower_) \
                and head.ent_type_ not in ("DATE", "TIME")
        if head in triggers or head.pos_ in ("VERB", "AUX"):
            return False
        token = head
    return False


def since_when(span: Any, triggers: list[Any]) -> bool:
    """"The first attack since March 2016, when gunmen killed 19 people": the 'when' clause after a
    'since' date tells what happened on that date, so the date is its trigger's own."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "since" or not when_after(span):
        return False
    # what follows the 'when' in the sentence is that clause's, however the parse attaches it
    # ("..., when suicide bombers struck a police headquarters, killing 23 people")
    return any(span.end < t.i < span.sent.end for t in triggers)


def narrowed(best: Any, found: list[Any]) -> Any:
    """A week or month ("this week") a candidate day inside it narrows ("In Manzini on Tuesday"):
    the day, when it dates the same incident (neither a report's day nor a weak guess)."""
    if best.info.precision not in ("week", "month") or not best.info.start or not best.info.end:
        return best
    for other in found:
        if other.info.precision == "day" and other.info.start and not other.announcement \
                and not other.weak and best.info.start <= other.info.start <= best.info.end:
            return other
    return best
