"""A summary's date header: "03/14/2019: Assailants attacked ..." dates the incident it opens.

Incident databases write each entry as its date, a colon and one to three sentences. A later
date in the entry ("the hostages were released on 10/15/2001") tells what followed the incident,
not when it happened, so the header outranks it for the incident told in the first sentence.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

# The entry's date and a colon, before anything else, as incident databases write it.
_HEADER = re.compile(r"\s*(\d{1,2}/\d{1,2}/\d{4})\s*:\s")


class _Spanned(Protocol):
    start: int


C = TypeVar("C", bound=_Spanned)


def header_span(text: str) -> tuple[int, int] | None:
    """Character span of the date header opening the text, if it opens with one."""
    m = _HEADER.match(text)
    return (m.start(1), m.end(1)) if m else None


def header_sentences(doc: Any, sentence_ids: list[int]) -> tuple[list[int], bool]:
    """The event's sentences, led by those holding the text's date header when the event is the
    one the entry opens with (its first sentence holds the header or follows it), and whether
    it is."""
    span = header_span(doc.text)
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
    return header + [c for c in found if c not in header] if header else found
