"""A coder's note that states its own fatality coding ("Unknown fatalities coded as 10",
"Several fatalities coded as 3", "Fatalities split between 2 events").

ACLED notes end with the convention the coder applied where the report gives no usable count:
an unknown toll is coded 10, "several" 3, "dozens" 12, and a toll told for several events at once
is split between them. On the training pool the stated figure is the record's figure on all 86
lines that state one without sharing it, so it outranks the counted words. A split gives each
record its share rounded down (78 over 2 events: 39; 10 over 3: 3; 1 over 12: 0), unless the
note writes the share itself ("split across 4 events (1)"): right on 40 of the pool's 51 shared
lines (ACLED gives the remainder to one of the records, which the note does not name).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventcoder.document import Count, Event
from eventcoder.extract.counts.numbers import parse_single

# "Unknown reported fatalities coded as 10", "Total fatalities coded to 10", "Fatalities and
# injuries coded as 6": the figure after 'coded as/to' is the record's toll.
_CODED = re.compile(
    r"\b(?P<qual>(?:[A-Za-z]+\s+){0,3}?)(?:fatalit(?:y|ies|es|ie)|deaths?)"
    r"(?:\s+and\s+injuries)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"coded\s+(?:as|to|at)\s+(?P<n>\d+)\b",
    re.IGNORECASE,
)
# ", split between three locations", "and spread across two locations", "split up between 3
# events", "with 5 coded to each": what follows a coded figure that shares it out.
_NUMBER = r"(?P<parts>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHARED = re.compile(
    r"(?:\s*\([^)]*\))?\s*,?\s*(?:and\s+)?(?:(?:is|are|was|were)\s+)?(?:split|spread)\s+(?:up\s+)?"
    r"(?:between|across|among|over)\s+(?:the\s+)?" + _NUMBER
    + r"\s+(?:events|locations|fronts|areas|records|days)"
    r"(?:\s+with\s+(?P<each>\d+)\s+coded\s+to\s+each)?",
    re.IGNORECASE,
)
# "Fatalities split between 2 events", "Fatalities are split across 4 events (1)", "[1 fatality
# split among 12 events]", "(split between 2 events)": a toll the text counts, shared out.
_SPLIT = re.compile(
    r"(?:(?P<total>\d+)\s+)?(?:fatalit(?:y|ies)|deaths)\s+(?:(?:are|were|is|was|have\s+been)\s+)?"
    r"split\s+(?:up\s+)?(?:between|across|among|over)\s+(?:the\s+)?" + _NUMBER + r"\s+events"
    r"(?:\s*\((?P<share>\d+)\))?",
    re.IGNORECASE,
)
# Words before 'fatalities' that say the coder did not know the toll: the figure is a convention.
_UNKNOWN_WORDS = {"unknown", "unclear", "unspecified", "several", "some", "dozens", "number", "many",
                  "of", "a", "an", "reported", "total"}


@dataclass(frozen=True)
class CodedFigure:
    """What a note says it coded: the figure (or ``None`` when it states only a split of the
    counted toll), how many records share it, the share it writes, and where it says so."""

    figure: int | None
    parts: int
    share: int | None
    convention: bool
    start: int
    end: int


def _parts(word: str) -> int | None:
    q = parse_single(word)
    return q.best if q is not None and q.best else None


@functools.lru_cache(maxsize=256)
def coded_figure(text: str) -> CodedFigure | None:
    """The note's own coding statement, or None (also when it states two different figures,
    "coded as 5 in one event and ... coded as 10 in another": which is this record's is unknown)."""
    coded = list(_CODED.finditer(text))
    if len({m.group("n") for m in coded}) > 1:
        return None
    if coded:
        m = coded[0]
        shared = _SHARED.match(text, m.end())
        parts = _parts(shared.group("parts")) if shared else 1
        if parts is None:
            return None
        each = shared.group("each") if shared else None
        qual = {w.lower() for w in m.group("qual").split()}
        return CodedFigure(
            figure=int(m.group("n")), parts=parts, share=int(each) if each else None,
            convention=bool(qual & _UNKNOWN_WORDS), start=m.start(),
            end=shared.end() if shared else m.end())
    split = _SPLIT.search(text)
    if split is None:
        return None
    parts = _parts(split.group("parts"))
    if parts is None:
        return None
    total, share = split.group("total"), split.group("share")
    return CodedFigure(
        figure=int(total) if total else None, parts=parts, share=int(share) if share else None,
        convention=False, start=split.start(), end=split.end())


def coded_count(coded: CodedFigure, counted: Count | None, text: str) -> Count | None:
    """The record's count under the note's coding statement, its ``note`` saying why; None when
    the statement only splits a toll the text does not count."""
    said = text[coded.start : coded.end]
    if coded.share is not None:
        best = coded.share
        why = f"the note's coded convention: '{said}' states this record's share"
    else:
        total = coded.figure if coded.figure is not None else (counted.best if counted else None)
        if total is None:
            return None
        # ACLED rounds a shared toll down (78 over 2 events: 39; 1 over 12 events: 0)
        best = total // coded.parts
        if coded.parts == 1:
            why = f"the note's coded convention: '{said}'"
        else:
            why = (f"the note's coded convention: '{said}'; {total} shared by {coded.parts} "
                   f"records, rounded down as ACLED codes")
    exact = not coded.convention and coded.parts == 1
    return Count(low=best, best=best, high=best if exact else None, approximate=not exact,
                 text=said, start=coded.start, end=coded.end, note=why)


def apply_coded_note(event: Event, text: str) -> None:
    """Replace the event's fatalities with the figure its note says it coded, when it says one."""
    coded = coded_figure(text)
    if coded is None or event.historical:
        return
    count = coded_count(coded, event.fatalities, text)
    if count is None or count.note is None:
        return
    event.fatalities, event.notes["fatalities"] = count, count.note
    event.add_evidence("fatalities", coded.start, coded.end, text)
