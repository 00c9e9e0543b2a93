"""The date expressions of a report's sentences: spaCy's DATE/TIME entities, with neighbours
that name one moment joined ("Tuesday night and Wednesday"), "the night of" kept on, and the date
shapes the entity recogniser misses ("11/01/18", "09th January", "on the 3rd")."""

from __future__ import annotations

import re
from typing import Any

from eventcoder.document import Document
from eventcoder.extract.dates.ages import apposed_age
from eventcoder.extract.dates.common import DATE_JOINERS, counted_day
from eventcoder.extract.dates.date_names import names_a_thing
from eventcoder.extract.dates.lapse import cut_lapse
from eventcoder.nlp.doc_cache import doc_sents, span_ents, span_text
from eventcoder.text.words import MONTH_WORD, WEEKDAY_WORD

# Date shapes NER misses ("11/01/18, Beledweyne:", "09th January", "on the 3rd,", "the eve of the vote",
# "the 2010s")
_MONTHS = rf"{MONTH_WORD}\.?"
_WEEKDAYS = WEEKDAY_WORD
_REGEX_DATES = re.compile(
    rf"\b(?:{_WEEKDAYS}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to|or)\s*)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    # "on 13/01": day/month without a year (not a ratio such as "2/3 months")
    r"|\b(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])\b(?![/.-]?\d|\s+(?:days|weeks|months|years))"
    rf"|\b{_WEEKDAYS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    r"|(?<=\bon the )(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z])|\bthe eve of the \w+"
    # a decade ("in the 2010s", "the late 1990s") the recogniser leaves untagged mid-sentence
    r"|\bthe\s+(?:(?:early|mid|late)[- ]?)?(?:19|20)\d0s\b",
    re.IGNORECASE,
)
_NIGHT_PREFIX = re.compile(r"(?:the\s+)?(?:night|evening)\s+(?:from|between|of)\s+$", re.I)
_WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _weekday_of_earlier_year(first: Any, gap: str, second: Any, published: str | None) -> bool:
    """"on a busy Saturday afternoon in August 1998": the weekday lies in the month or year named
    after it; where that year is before publication's, the weekday nearest the report is no
    reading of it, and the named month or year dates the clause."""
    if gap.strip().lower() != "in" or not published or not _WEEKDAY.search(first.text):
        return False
    year = _YEAR.search(second.text)
    return year is not None and published[:4].isdigit() and int(year.group()) < int(published[:4])


def date_spans(document: Document, sentence_indexes: list[int]) -> list[tuple[int, Any]]:
    """(rank, entity) for DATE/TIME entities of the given sentences, adjacent ones merged."""
    sents = doc_sents(document.spacy_doc)
    out: list[tuple[int, Any]] = []
    for rank, index in enumerate(sentence_indexes):
        if not 0 <= index < len(sents):
            continue
        ents = [cut_lapse(e) for e in span_ents(sents[index])
                if e.label_ in ("DATE", "TIME") and not apposed_age(e)]
        merged: list[Any] = []
        dropped: list[tuple[int, int]] = []  # weekdays of an earlier year, not to be found again
        for ent in ents:
            before = document.text[max(ent.start_char - 30, 0) : ent.start_char]
            m = _NIGHT_PREFIX.search(before)
            if m and not merged:
                wider = document.spacy_doc.char_span(
                    ent.start_char - len(m.group(0)), ent.end_char, alignment_mode="expand"
                )
                ent = wider if wider is not None else ent
            if merged:
                gap = document.text[merged[-1].end_char : ent.start_char]
                if _weekday_of_earlier_year(merged[-1], gap, ent, document.article.published):
                    dropped.append((merged[-1].start_char, merged[-1].end_char))
                    merged[-1] = ent
                    continue
                overnight = re.match(r"(?:the\s+)?(?:night|evening|overnight)",
                                     merged[-1].text.lower())
                # "overnight from Saturday to Sunday": one night named by its two days
                if (gap.strip(" ,") in DATE_JOINERS and not counted_day(ent.text)) or (
                    overnight and gap.strip() in ("and", "to", "from", "between")
                ):
                    merged[-1] = document.spacy_doc[merged[-1].start : ent.end]
                    continue
            merged.append(ent)
        covered = [(m.start_char, m.end_char) for m in merged]
        for m in _REGEX_DATES.finditer(span_text(sents[index])):
            start = sents[index].start_char + m.start()
            end = sents[index].start_char + m.end()
            if any(a <= start and end <= b for a, b in dropped):
                continue
            hit = next((k for k, (a, b) in enumerate(covered) if a < end and start < b), None)
            if hit is not None:
                a, b = covered[hit]
                if a <= start and end <= b:
                    continue
                # the entity caught only part of the date ("January, PM" of "09th January, PM")
                start, end = min(a, start), max(b, end)
            span = document.spacy_doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if hit is not None:
                merged[hit] = span
                covered[hit] = (span.start_char, span.end_char)
            else:
                merged.append(span)
        # merging may join a lapse back; a day that names a square or a movement is no date
        out.extend((rank, cut_lapse(span)) for span in merged if not names_a_thing(span))
    return out
