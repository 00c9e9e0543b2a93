"""Stage 'dates': give each event the date of its incident, with evidence.

Candidates are spaCy DATE/TIME entities in the event's sentences. Durations, ages, modifying years
("the 2018 budget") and background dates ("founded in 1996", "after the law came into effect on
January 1") are dropped; the rest ranked: attached to the trigger, in the first mention sentence,
nearest the trigger, most precise. A date only of an announcement is used when nothing else dates
the incident, and the note says so. Days told against others: ``eve``; an incident "two days
after" another dated deed: ``counted_after``."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.document import DateInfo, Document, Event
from eventcoder.extract.dates.ahead import forward, looks_ahead
from eventcoder.extract.dates.anchored import resolved_in_text
from eventcoder.extract.dates.common import PART_OF_DAY, bare_overnight
from eventcoder.extract.dates.counted_after import counted_from_other, lapse_offset, lapsed_day
from eventcoder.extract.dates.described import describes_other
from eventcoder.extract.dates.entities import date_spans
from eventcoder.extract.dates.eve import dates_a_since_noun, eve_offset, narrowed, since_when
from eventcoder.extract.dates.filed_day import reference_day
from eventcoder.extract.dates.header_date import header_first, header_sentences
from eventcoder.extract.dates.hedge import hedged_text
from eventcoder.extract.dates.later_deaths import later_death
from eventcoder.extract.dates.lead import lead_sentences, recent, since_clause
from eventcoder.extract.dates.lengths import HYPHENED_LENGTH, LENGTH
from eventcoder.extract.dates.named_year import own_year_dates
from eventcoder.extract.dates.participants import participant_clause
from eventcoder.extract.dates.reported import announces, existential_of
from eventcoder.extract.dates.resolve import parse_published
from eventcoder.nlp.dateline_ents import dateline_separator
from eventcoder.nlp.doc_cache import ancestors, children, doc_sents
from eventcoder.registry import stage
from eventcoder.text.words import WEEKDAY_WORD
from eventcoder.typer.conventions import retype_by_date

log = logging.getLogger(__name__)

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
_CLOSED = re.compile(r"\b(?:to|until|till|through)\b")  # "from Tuesday to Thursday": no bound
_CALENDAR = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec)\b"
)
_NAMES_DAY = re.compile(
    rf"\b{WEEKDAY_WORD}\b|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:[ap]\.?m|h\b))", re.I
)
_NAMES_WEEKDAY = re.compile(rf"\b{WEEKDAY_WORD}\b", re.I)
ANNOUNCEMENT_NOTE = "the text dates the announcement; the incident itself is undated"


@functools.cache
def rules() -> dict[str, Any]:
    """The date cue lists (loaded once from data/date_rules.yaml)."""
    return load_data("date_rules.yaml")


@dataclass
class Candidate:
    """A date expression that may date an event."""

    start: int
    end: int
    text: str
    info: DateInfo
    sentence_rank: int
    distance: int
    attached: bool
    announcement: bool
    weak: bool  # "this year" and the like: only when nothing better

    def key(self) -> tuple:
        """Sort key: best candidate first."""
        # "so far this year" in a later sentence dates a tally, not the incident: even the day an
        # announcement names ("police said on Thursday") is nearer the incident's own day, and
        # dates a bare "overnight" ('overnight ..., police said on Sunday': that night's end).
        vague = self.weak and self.sentence_rank > 0 and self.info.precision in ("month", "year")
        return (
            2 if vague else int(self.announcement or bare_overnight(self.text)),  # a day said
            self.weak, not self.attached, self.sentence_rank,
            _PRECISION_RANK.get(self.info.precision, 4), self.distance,
        )


@functools.lru_cache(maxsize=1024)
def _word_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def _has_word(text: str, phrases: list[str]) -> bool:
    low = text.lower()
    return any(_word_pattern(p).search(low) for p in phrases)


def is_duration(span: Any) -> bool:
    """True when a DATE entity measures a length, an age or a frequency, not a moment."""
    cues = rules()
    text = span.text.lower()
    if _CALENDAR.search(text) or re.search(r"\d{1,2}[/.]\d{1,2}", text):
        # names a calendar day or month: a moment, unless introduced as a span's bound
        before = [t.lower_ for t in span.doc[max(span.start - 1, 0) : span.start]]
        if span.root.dep_ == "poss":
            return False  # "the toll from Tuesday's bombing": the date of the bombing
        if before == ["since"] and _NAMES_DAY.search(text):
            # "on hunger strike since 4 March", "jailed since Monday": the ongoing incident began that day
            return False
        return before in (["since"], ["until"], ["till"], ["from"]) and not _CLOSED.search(text)
    anchored = _has_word(text, cues["anchor_words"])
    if anchored and re.search(r"\bago\b|\b(?:last|this|yesterday|today)\b|\bdays? (?:earlier|before)$", text):
        pass
    elif (
        LENGTH.search(text)
        or _has_word(text, cues["duration_words"])
        or HYPHENED_LENGTH.search(text)
    ):
        return True
    doc = span.doc
    before = doc[max(span.start - 3, 0) : span.start]
    words = [t.lower_ for t in before]
    for prefix in cues["duration_prefixes"]:
        p = prefix.split()
        if words[-len(p) :] == p:
            # "over the weekend", "by Monday" read as moments; lengths were caught above
            if prefix in ("over", "through", "by") and not LENGTH.search(text):
                continue
            return True
    return bool(re.search(r"\d+-year|year-old|years? old", text))


def _is_modifier(span: Any, triggers: list[Any]) -> bool:
    """A date used as an adjective ("the 2018 finance law", "the August 3 elections") dates that
    noun, not the incident, unless the noun is the incident's own trigger ("the May 20 attack")."""
    root = span.root
    if root.head in triggers:
        return False
    if root.dep_ == "poss" and root.head.pos_ in ("NOUN", "PROPN"):
        return True  # "Tuesday's suicide bombing": dates that noun, another incident's reference
    year_only = re.fullmatch(r"(?:the\s+)?(?:mid-?)?\d{4}(?:-\d{2,4})?", span.text.strip().lower())
    if not year_only and root.head.pos_ != "NOUN":
        return False
    head = root.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    determined = span[0].dep_ in ("det", "poss") or (
        before is not None and before.dep_ in ("det", "poss")
    )
    return (
        (determined or bool(year_only))
        and root.dep_ in ("compound", "amod", "nmod", "nummod")
        and head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
        and not re.fullmatch(rf"{PART_OF_DAY}s?", head.lower_)
    )


def _governor(span: Any) -> Any:
    """The verb or noun the date hangs from (through prepositions)."""
    token = span.root
    for _ in range(6):
        if token.head is token:
            return token
        token = token.head
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ != "pobj"):
            return token
    return token


def _trigger_tokens(document: Document, event: Event) -> list[Any]:
    doc = document.spacy_doc
    tokens = []
    for start, end in event._mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            tokens.append(span.root)
    # references that name this incident later ("Tuesday's bombing") date it too
    inc = getattr(event, "_incident", None)
    tokens.extend(r.token for r in getattr(inc, "refs", []))
    return tokens


def _attached(gov: Any, triggers: list[Any]) -> bool:
    return any(gov == t or t.head == gov or gov.head == t or gov in t.conjuncts for t in triggers)


# Nouns that name the incident itself without a trigger's kind: "the violence that struck the
# camp on Saturday 14 May" dates the incident, unlike "a trader, abducted a week ago".
_INCIDENT_NOUNS = frozenset({"violence", "incident", "tragedy", "unrest", "events"})


def _background_clause(gov: Any, triggers: list[Any], root: Any = None) -> bool:
    """The date sits in an 'after/since/before ...' clause that does not hold the trigger."""
    cues = rules()
    if gov.lemma_.lower() in cues["background_verbs"] and not _attached(gov, triggers):
        return True  # "founded in 1996"; a base "established on 4 March" is the incident
    for clause in [gov, *ancestors(gov)]:
        if (
            clause.dep_ == "relcl"
            and clause.head not in triggers
            and clause.head.lemma_.lower() not in _INCIDENT_NOUNS
            and describes_other(clause, triggers)
        ):
            return True  # "a trader, abducted a week ago, was found dead"
    # climb from the date itself: a trigger on the way ("Tuesday's bombing") claims the date
    for clause in [gov, *ancestors(gov)] if root is None else [root, *ancestors(root)]:
        if clause in triggers or existential_of(clause, triggers):
            break
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in children(clause)):
            # past perfect: "had sacked the mayor on Tuesday" came before the incident, and so
            # did what hangs from it ("had suspended them after they protested last Wednesday")
            return True
        if clause.dep_ == "conj" or any(c.dep_ == "aux" for c in children(clause)):
            break  # a conjoined or auxiliary-marked verb carries its own tense ("and has been")
    marks = {c.lower_ for c in children(gov) if c.dep_ == "mark"}
    if marks & {"after", "since", "before", "until", "once"}:
        return not any(t in gov.subtree for t in triggers)
    return False


def candidates(
    document: Document,
    event: Event,
    published: Any,
    sentence_indexes: list[int],
    rank_offset: int = 0,
    lead: bool = False,
) -> list[Candidate]:
    """Date expressions in the given sentences that may date this event, best first."""
    triggers = _trigger_tokens(document, event)
    others = [t for e in document.events if e is not event for t in _trigger_tokens(document, e)]
    found: list[Candidate] = []
    # a day-first dateline ("LIMA, 11 MAR 90 (EFE) --") dates its "today": no weak filing day
    filed = dateline_separator(document.text, day_first=False)
    for rank, span in date_spans(document, sentence_indexes):
        offset, said = eve_offset(span, hedged_text(span))  # "the eve of Saturday's vote"
        info = resolved_in_text(span, said, offset, published)  # is no modifier of the vote
        when = since_when(span, triggers)  # "since March 2016, when gunmen killed": that day's
        if (is_duration(span) and not when) or (not offset and _is_modifier(span, triggers)) \
                or info.precision == "unknown":
            continue
        gov = _governor(span)
        # "at supporters who tried ... on Monday"; in the lead, "not seen since he was stopped on"
        told = participant_clause(span, triggers) or (lead and since_clause(gov))
        lapse = lapse_offset(span, triggers)  # "two days after gunmen killed a priest on Friday"
        if lapse is not None:
            info = lapsed_day(info, lapse, bool(_NAMES_WEEKDAY.search(span.text)), published)
        elif not when and ((_background_clause(gov, triggers, span.root) and not told)
                           or dates_a_since_noun(span.root, triggers)):
            continue
        planned = forward(info, span.text, published) if looks_ahead(gov) else info
        # a day still to come dates a threat or a plan, not an incident: only when nothing else
        moved, info = planned is not info, planned
        own = (_attached(gov, triggers) or span.root.head in triggers or lapse is not None
               or when) and not later_death(gov)  # "two more died on Sunday": that death's day
        if _attached(gov, others) and not own:
            continue  # this date belongs to another incident of the same sentence
        if span.start > 0 and span.doc[span.start - 1].lower_ == "by":
            continue  # "40 detained by Tuesday morning": the bound of a count, not a day of it
        dateline = (
            span.start == span.sent.start
            and span.end < len(span.doc)
            and (span.doc[span.end].is_punct)
        )
        announcing = not dateline and announces(span, gov, triggers, rules()["announcement_verbs"])
        weak = bool(re.search(r"\bthis year\b|\bthis month\b", span.text.lower())) or bare_overnight(span.text)
        # "since Tuesday" dates when an ongoing incident began: a stated "on Wednesday" beats it
        weak = weak or (span.start > 0 and span.doc[span.start - 1].lower_ == "since" and not when)
        weak = weak or moved or told  # a participant's clause: only when nothing else dates it
        # "NIAMEY, Dec 12 (Reuters) -": the day the report was filed, as good as its publication
        weak = weak or (filed is not None and span.end_char <= filed[1])
        distance = min(
            (min(abs(span.start_char - e), abs(s - span.end_char)) for s, e in event._mentions),
            default=10_000,
        )
        found.append(
            Candidate(
                span.start_char,
                span.end_char,
                span.text,
                info,
                rank + rank_offset,
                distance, own, announcing, weak,
            )
        )
    for year, info, first in own_year_dates(document, event, published):  # "the 2015 attacks":
        found.append(Candidate(year.idx, year.idx + len(year), year.text, info,  # first mention's
                               -1 if first else rank_offset, 0, True, False, False))  # goes first
    return sorted(found, key=Candidate.key)


def _free_sentences(document: Document, event: Event) -> list[int]:
    """Sentences no other event claims (a short note often dates the incident apart)."""
    claimed = {i for e in document.events if e is not event for i in e._sentences}
    n = len(doc_sents(document.spacy_doc))
    own = set(event._sentences)
    # the dateline sentence and the neighbours of the event's own sentences, nothing further
    near = {0} | {j for i in own for j in range(i - 2, i + 3)}
    return [i for i in sorted(near) if 0 <= i < n and i not in claimed and i not in own]


def date_event(document: Document, event: Event, published: Any) -> None:
    """Fill ``event.date`` (and its evidence) from the best candidate, or explain why not."""
    own_sentences, opens_entry = header_sentences(document.spacy_doc, event._sentences)
    found = candidates(document, event, published, own_sentences)
    if not found and not event.historical:
        found = candidates(document, event, published, _free_sentences(document, event), 10)
    if (not found or found[0].announcement) and not event.historical:  # the lead dates the news
        found = [c for c in candidates(document, event, published, lead_sentences(
            document, event, bool(found)), 20, True) if not c.announcement and recent(c.info, published)] + found
    if found and found[0].announcement and counted_from_other(_trigger_tokens(document, event)):
        found = []  # "two days after the election, ..., police said on Monday": not Monday
    if not found:
        event.date = DateInfo(precision="unknown")
        event.notes["date"] = "the text gives no date for this incident"
        return
    found = header_first(found, document.text, opens_entry)
    best = narrowed(found[0], found)
    info = best.info
    info.text = best.text
    info.span_start, info.span_end = best.start, best.end
    if best.announcement:
        info.note = ANNOUNCEMENT_NOTE if info.note is None else f"{info.note}; {ANNOUNCEMENT_NOTE}"
    event.date = info
    event.add_evidence("date", best.start, best.end, document.text)
    if info.start is None and info.note:
        event.notes["date"] = info.note


@stage("dates")
def dates_stage(document: Document) -> None:
    """Date every event of the document against its publication date."""
    if document.spacy_doc is None:
        return
    # "Dibrugarh, April 10: ... this evening", printed on April 11: the filing day counts
    published = reference_day(document.text, parse_published(document.article.published))
    for event in document.events:
        try:
            date_event(document, event, published)
        except Exception:  # one odd sentence must not cost the article its other fields
            log.exception("dating event %s of %s failed", event.id, document.article.id)
            event.date = DateInfo(precision="unknown")
            event.notes["date"] = "date extraction failed on this text"
        retype_by_date(document, event, (document.article.published or "")[:10] or None)
