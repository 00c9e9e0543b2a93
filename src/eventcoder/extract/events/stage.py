"""Stage 'events': find each incident the article reports and type it (ACLED/GTD).

Reading order: trigger mentions (``triggers``) → generic/background filter (``grammar``) →
incidents (``incidents``) → typing and weapons (``event_types``). The stage sets, per event,
the types, weapons, ``count``, ``trigger``, a first ``confidence``, the working state
``_sentences``/``_mentions`` and "event" evidence; the ``link`` stage finishes the record.
"""

from __future__ import annotations

import logging

from eventcoder.document import Document, Event
from eventcoder.extract import grammar
from eventcoder.extract.dates.resolve import parse_published
from eventcoder.extract.events.incidents import Incident, read_incidents
from eventcoder.extract.events.passing import passing_mention
from eventcoder.extract.events.references import reference_only
from eventcoder.extract.events.series import series_only
from eventcoder.extract.events.types import type_incident
from eventcoder.nlp.doc_cache import doc_sents
from eventcoder.registry import stage

log = logging.getLogger(__name__)


def _confidence(inc: Incident, sents: list) -> float:
    """A first confidence: concrete incidents (a day, a town, victims, a verb) score higher."""
    conf = 0.45
    if any(m.entry.strong and not grammar.is_definite_singular(m.token) for m in inc.mentions):
        conf += 0.15
    if any(grammar.specific_dates(sents[i]) for i in inc.sents):
        conf += 0.1
    if inc.places or any(grammar.sentence_places(sents[i]) for i in inc.sents):
        conf += 0.1
    if any(grammar.has_victim_count(sents[i]) for i in inc.sents):
        conf += 0.1
    conf -= 0.05 * inc.score
    if inc.anaphor_only:
        conf -= 0.1
    if inc.fallback or inc.reference_only:
        conf = min(conf, 0.3)
    return round(min(max(conf, 0.05), 0.95), 3)


# A report this long that reports no clear incident mentions violence only in passing (a speech,
# a policy statement, statistics): its most concrete mention is no event. Short notes keep it.
# Of the 7,736 notes of ../shared/train/acled_train.jsonl, 99.9% have at most 6 sentences (was 12).
LONG_REPORT_SENTENCES = 6

# Mention families that name an explosion's means ("an improvised explosive device went off")
# better than the verb of its toll ("17 civilians were killed").
_REMOTE = {"explosion", "suicide", "air", "shelling", "grenade"}


def _trigger_mention(inc: Incident, event_type: str | None = None):
    """The mention that names the incident best: a strong, non-anaphoric one if any."""
    strong = [m for m in inc.mentions if m.entry.strong]
    plain = [m for m in strong if not grammar.is_definite_singular(m.token)]
    if event_type == "Explosions/Remote violence":
        means = [m for m in plain if m.family in _REMOTE]
        if means:
            return min(means, key=lambda m: m.token.i)
    return (plain or strong or inc.mentions)[0]


def build_events(document: Document) -> list[Event]:
    """Read the parsed article and return its events (not yet dated, counted or linked)."""
    doc = document.spacy_doc
    text = document.text
    sents = list(doc_sents(doc))
    published = parse_published(document.article.published)
    pub_year, pub_month = (published.year, published.month) if published else (None, None)
    reading = read_incidents(doc, pub_year, pub_month)
    events: list[Event] = []
    for n, inc in enumerate(reading.incidents, 1):
        if inc.fallback and len(sents) > LONG_REPORT_SENTENCES:
            continue  # a long report that never reports an incident only mentions violence
        if passing_mention(inc, sents, LONG_REPORT_SENTENCES):
            continue  # named once in a speech or a recap, with no day, place or victims
        if len(reading.incidents) > 1 and series_only(inc.sents, sents):
            continue  # "This was one of three related attacks": the told incident's context
        mentions = sorted(inc.mentions, key=lambda m: m.token.i)
        # a later reference ("arrested over Tuesday's suicide bombing, which killed 19") names
        # the kind of an incident whose own mentions may only say that people died
        typed = mentions + [r for r in inc.refs if r.entry.strong]
        units = {grammar.unit(m.token).start: grammar.unit(m.token) for m in typed}
        typing = type_incident(typed, [units[k] for k in sorted(units)], inc.sfam)
        head = _trigger_mention(inc, typing.event_type)
        start, end = head.char_span
        event = Event(
            id=f"e{n}",
            event_type=typing.event_type,
            sub_event_type=typing.sub_event_type,
            gtd_attack_type=typing.gtd_attack_type,
            weapons=list(typing.weapons),
            count=inc.count,
            trigger=text[start:end],
            confidence=_confidence(inc, sents),
            notes=dict(typing.notes),
        )
        event._sentences = sorted(inc.sents)
        event._mentions = [m.char_span for m in mentions]
        for s, e in event._mentions:
            event.add_evidence("event", s, e, text)
        if inc.fallback:
            event.notes["event"] = "no clearly reported incident; the most concrete mention is kept"
        if inc.reference_only:
            event.notes["event"] = reference_only(head.token)
        # working state for the targets and link stages (not serialised)
        event._incident = inc  # type: ignore[attr-defined]
        events.append(event)
    document._reading = reading  # type: ignore[attr-defined]
    return events


@stage("events")
def events_stage(document: Document) -> None:
    """Create one Event per incident the article reports."""
    if document.spacy_doc is None:
        return
    document.events = build_events(document)
    log.debug("article %s: %d events", document.article.id, len(document.events))
