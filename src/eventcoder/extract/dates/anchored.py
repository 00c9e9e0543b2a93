"""Days told against another date of the report: "the previous day", "a day earlier", "two days
later", "the following morning".

Such a phrase names no day by itself; it counts from the nearest date written before it, in its
own sentence first ("Police said on Sunday that a mob had lynched two men the previous day"), then
in the sentences before. Only a date that resolves to one day and dates the report (a verb of
saying) anchors it: "On 28 April, fighting broke out after a driver was murdered the day before"
dates the incident by its own day, and the day before is the cause's, not a rival date.
"The eve of the vote" counts from the day another sentence gives the vote ("voted on Thursday").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.document import DateInfo
from eventcoder.extract.dates.common import NUMBER_WORDS, PART_OF_DAY
from eventcoder.extract.dates.eve import shifted
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.nlp.doc_cache import doc_ents

_BACK = {"before", "earlier", "previous", "preceding", "prior"}
_RELATIVE = re.compile(
    rf"(?:on |during |in )?(?:the )?(?P<which>previous|preceding|following|next|prior) "
    rf"(?:day|{PART_OF_DAY})"
    rf"|(?:on |during |in )?(?:the )?(?:day|{PART_OF_DAY}) (?P<rel>before|after)"
    r"|(?P<n>a|one|two|three|four|five|six|\d) days? (?P<lapse>earlier|later|before|after)",
    re.IGNORECASE,
)


def _offset(text: str) -> int | None:
    """Days from the anchor the phrase names, or None when it is no such phrase."""
    m = _RELATIVE.fullmatch(text.strip(" ,.").lower())
    if m is None:
        return None
    word = m.group("which") or m.group("rel") or m.group("lapse")
    n = int(m.group("n")) if (m.group("n") or "").isdigit() else NUMBER_WORDS.get(m.group("n") or "a", 1)
    return -n if word in _BACK else n


@functools.cache
def _saying_verbs() -> frozenset[str]:
    return frozenset(load_data("date_rules.yaml")["announcement_verbs"])


def anchored_day(span: Any, published: Any) -> DateInfo | None:
    """The day a relative phrase names, counted from the nearest day-precision date before it."""
    offset = _offset(span.text)
    if offset is None:
        return None
    earlier = [e for e in doc_ents(span.doc) if e.label_ == "DATE" and e.end <= span.start]
    for ent in sorted(earlier, key=lambda e: (e.sent.start != span.sent.start, -e.start)):
        if _offset(ent.text) is not None or _governor(ent).lemma_.lower() not in _saying_verbs():
            continue
        info = resolve_date(ent.text, published)
        if info.precision == "day" and info.start:
            moved = shifted(info, offset)
            moved.text = span.text
            moved.note = f"counted from '{ent.text}'"
            return moved
    return None


def resolved_in_text(span: Any, said: str, offset: int, published: Any) -> DateInfo:
    """The date a span names, moved by ``offset`` days ("the eve of"), or counted from the date
    before it when it names no day itself ("the previous day")."""
    info = shifted(resolve_date(said, published), offset)
    if info.precision != "unknown":
        return info
    named = _named_day(span, said, offset, published) if offset else None
    return anchored_day(span, published) or named or info


def _governor(ent: Any) -> Any:
    """The word a date entity dates: 'voted' of 'voted on Thursday'."""
    head = ent.root.head
    return head.head if head.dep_ == "prep" else head


def _named_day(span: Any, said: str, offset: int, published: Any) -> DateInfo | None:
    """"the eve of the vote": the day another sentence gives the vote ("voted on Thursday", "the
    vote was held on Thursday"), moved by ``offset``."""
    word = said.split()[-1].lower() if said.split() else ""
    noun = next((t for t in span if t.lower_ == word), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for ent in doc_ents(span.doc):
        if ent.label_ != "DATE" or span.start <= ent.start < span.end:
            continue
        gov = _governor(ent)
        # "voted on Tuesday", "the vote was held on Tuesday", "went to the polls on Wednesday"
        names = [gov, *(c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")),
                 *(o for c in gov.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj")]
        if any(t.lemma_.lower() == noun.lemma_.lower() for t in names):
            info = resolve_date(ent.text, published)
            if info.precision == "day" and info.start:
                moved = shifted(info, offset)
                moved.text, moved.note = span.text, f"counted from '{ent.text}'"
                return moved
    return None
