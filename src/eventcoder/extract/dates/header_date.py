"""A summary's date header: "03/14/2019: Assailants attacked ..." dates the incident it opens.

Incident databases write each entry as its date, a colon and one to three sentences. A later
date in the entry ("the hostages were released on 10/15/2001") tells what followed the incident,
not when it happened, so the header outranks it for the incident told in the first sentence.

Such headers are written month first (03/14/2019), as the databases that use them do; a header
both ways valid is read so unless a numeric date of the same text shows the day first (a first
number over 12, as in 25/03/2019).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Protocol, TypeVar

from eventcoder.nlp.doc_cache import doc_text

# The entry's date and a colon, before anything else, as incident databases write it.
_HEADER = re.compile(r"\s*(\d{1,2}/\d{1,2}/\d{4})\s*:\s")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")


class _Spanned(Protocol):
    start: int
    info: Any


C = TypeVar("C", bound=_Spanned)


def header_span(text: str) -> tuple[int, int] | None:
    """Character span of the date header opening the text, if it opens with one."""
    m = _HEADER.match(text)
    return (m.start(1), m.end(1)) if m else None


def header_sentences(doc: Any, sentence_ids: list[int]) -> tuple[list[int], bool]:
    """The event's sentences, led by those holding the text's date header when the event is the
    one the entry opens with (its first sentence holds the header or follows it), and whether
    it is."""
    span = header_span(doc_text(doc))
    if span is None or not sentence_ids:
        return sentence_ids, False
    holding = [i for i, s in enumerate(doc.sents) if s.start_char < span[1]]
    if not holding or min(sentence_ids) > holding[-1] + 1:
        return sentence_ids, False
    return holding + [i for i in sentence_ids if i not in holding], True


def header_first(found: list[C], text: str, opens_text: bool) -> list[C]:
    """The candidates with the header's first when the event is the one the entry opens with."""
    span = header_span(text) if opens_text else None
    if span is None:
        return found
    header = [c for c in found if span[0] <= c.start < span[1]]
    for candidate in header:
        _read_header_day(candidate, text[span[0]:span[1]], text)
    return header + [c for c in found if c not in header] if header else found


def _read_header_day(candidate: _Spanned, header: str, text: str) -> None:
    """Set a header's day month first unless the text writes its days first."""
    first, second, year = (int(x) for x in header.split("/"))
    month, day = first, second
    if any(int(m.group(1)) > 12 for m in _NUMERIC.finditer(text)):
        month, day = second, first
    try:
        day_iso = date(year, month, day).isoformat()
    except ValueError:
        return
    candidate.info.start = candidate.info.end = day_iso
