"""Stage 'counts': killed, wounded and arrested for each event, with evidence and notes.

The findings of :mod:`eventcoder.extract.counts.find` in an event's sentences are combined
without double counting: a restated or updated figure for the same group keeps the highest
(latest official) value, distinct groups ("three soldiers ... two attackers") are added, a
figure marked "another"/"others" adds to the rest, and "including ..." subsets add nothing.
Everyone killed is in ``fatalities``; attackers killed are also kept in ``perpetrators_killed``.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from eventcoder.document import Count, Document, Event, is_topic_only
from eventcoder.extract.counts.claimed import official_over_claimed
from eventcoder.extract.counts.coded_note import apply_coded_note
from eventcoder.extract.counts.cumulative import cumulative_toll, period_tally
from eventcoder.extract.counts.date_figures import date_figure
from eventcoder.extract.counts.enumerated import enumerated
from eventcoder.extract.counts.find import find_in_span
from eventcoder.extract.counts.numbers import (
    Quantity,
    lexicon,
    parse_quantity,
    parse_single,
    sum_quantities,
)
from eventcoder.extract.counts.past_year import told_of_earlier_year
from eventcoder.extract.counts.phrase import Finding
from eventcoder.extract.counts.superseded import later_total_sentences, replaced_figures
from eventcoder.extract.counts.wider import local_over_wider
from eventcoder.extract.dates.resolve import parse_published, resolve_date
from eventcoder.extract.events.came_after import earlier_incident
from eventcoder.extract.events.causes import killed_by_no_attack
from eventcoder.extract.events.incident_clusters import in_lapse_clause
from eventcoder.extract.events.named_deeds import grievance
from eventcoder.extract.grammar import is_span_statement
from eventcoder.nlp.doc_cache import doc_ents, doc_sents, span_tokens
from eventcoder.registry import stage

log = logging.getLogger(__name__)

NULL_NOTES = {
    "fatalities": "the text reports no deaths for this incident",
    "injuries": "the text reports no injuries for this incident",
    "arrested": "the text gives no number of people arrested",
}
NEAR = 2  # sentences after an event's own that may still report its toll
_BACKGROUND = {"following", "after"}
_SUSPECT_NOUNS = {"suspect", "detainee", "accused", "militant", "person", "man", "woman", "youth"}


def _best(q: Quantity) -> int:
    return q.best if q.best is not None else -1


def _largest(findings: list[Finding]) -> Finding:
    return max(findings, key=lambda f: (_best(f.quantity), -f.start))


def combine(findings: list[Finding], text: str = "") -> tuple[Quantity, Finding] | None:
    """Total of one kind's findings, and the finding that best supports it (``text``, the
    document's, lets a partitive in the largest figure absorb the dead added after it)."""
    main = [f for f in findings if not f.subset]
    if not main:
        return None
    base = [f for f in main if not f.additive]
    extra = [f for f in main if f.additive]
    generic_words = set(lexicon()["generic_victims"])
    generic = [f for f in base if not f.victim or f.victim in generic_words]
    groups: dict[tuple[str, bool], list[Finding]] = {}
    for f in base:
        if f not in generic:
            groups.setdefault((f.victim, f.perpetrator), []).append(f)
    specific = [_largest(g) for g in groups.values()]
    parts: list[Finding] = []
    if generic and specific:
        g = _largest(generic)
        s_total = sum_quantities([f.quantity for f in specific])
        parts = [g] if _best(g.quantity) >= _best(s_total) else specific
    elif generic:
        parts = [_largest(generic)]
    else:
        parts = specific
    if len(parts) == 1 and _rest_of_partition(parts[0], extra, text):
        extra = []
    parts = parts + extra
    if not parts:
        return None
    total = parts[0].quantity if len(parts) == 1 else sum_quantities([f.quantity for f in parts])
    return total, _largest(parts)


# "Five people, four of them taxi drivers, ...": a partitive inside the figure's own phrase
_PARTITIVE = re.compile(r",\s*((?:\w+[\s-]?){1,2}?)\s+of\s+(?:them|whom)\b", re.IGNORECASE)


def _rest_of_partition(whole: Finding, extra: list[Finding], text: str) -> bool:
    """ "Five people, four of them taxi drivers, were shot dead ... A commuter was also killed":
    the added dead fill the share of the total its partitive left open; they are not more."""
    m = _PARTITIVE.search(text[whole.start : whole.end])
    share = parse_single(m.group(1)) if m else None
    if share is None or share.best is None or not 0 < share.best < _best(whole.quantity):
        return False
    added = sum(_best(f.quantity) for f in extra)
    return 0 < added <= _best(whole.quantity) - share.best


def _count(q: Quantity, support: Finding, text: str, note: str | None = None) -> Count:
    return Count(
        low=q.low,
        best=q.best,
        high=q.high,
        approximate=q.approximate,
        text=text[support.start : support.end],
        start=support.start,
        end=support.end,
        note=note,
    )


def _event_spans(document: Document, event: Event) -> list[Any]:
    """The event's sentences; a document with one event also lends it unclaimed sentences."""
    sents = list(doc_sents(document.spacy_doc))
    own = [i for i in event._sentences if 0 <= i < len(sents)]
    # a record known only as another event's topic ("gathered over the rape of a girl") is no
    # rival for the report's sentences, and is lent none: the toll told is the told event's
    live = [e for e in document.events if not e.historical and not is_topic_only(e.notes.get("event"))]
    if len(live) <= 1 and not event.historical and not is_topic_only(event.notes.get("event")):
        claimed = {i for e in document.events if e is not event for i in e._sentences}
        # the sentences right after the event's own ones often carry its toll ("Another 13
        # were wounded."); further away they are as likely background
        near = {j for i in own for j in range(i, i + NEAR + 1)}
        own = sorted(set(own) | {i for i in near if i < len(sents) and i not in claimed})
    return [sents[i] for i in own]



def _is_arrest_event(event: Event) -> bool:
    trigger = (event.trigger or "").lower()
    return event.sub_event_type == "Arrests" or bool(re.match(r"arrest|detain|detention", trigger))


def _suspects_fallback(document: Document, event: Event) -> Count | None:
    """An arrest record whose text counts only the suspects ("four suspects had confessed")."""
    sents = list(doc_sents(document.spacy_doc))
    indexes = sorted(set(event._sentences) | {i + 1 for i in event._sentences[:1]})
    for i in indexes:
        if not 0 <= i < len(sents):
            continue
        for tok in span_tokens(sents[i]):
            if tok.lemma_.lower() not in _SUSPECT_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
                continue
            num = next((c for c in tok.children if c.dep_ == "nummod"), None)
            if num is None:
                continue
            q = parse_quantity(document.text[num.left_edge.idx : num.idx + len(num)])
            if q is None or q.best is None:
                continue
            span = document.spacy_doc[num.left_edge.i : tok.i + 1]
            return Count(
                low=q.best,
                best=q.best,
                high=None,
                approximate=True,
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                note=f"the text counts {span.text}; how many were arrested in all is not stated",
            )
    return None


def _dated_elsewhere(document: Document, event: Event, finding: Finding) -> bool:
    """The counted deaths carry their own date, not the event's ("was shot on Tuesday and died").

    Tokens are compared by index (two accesses never give the same Token object, so the check
    compared by ``is`` never fired); the stage asks it of attackers' deaths only."""
    if event.date.span_start is None or finding.cue < 0:
        return False
    cue = document.spacy_doc[finding.cue]
    # "was shot by police on Tuesday and died": the date of the first verb dates the second
    verbs = {cue.i} | ({cue.head.i} if cue.dep_ == "conj" and cue.pos_ in {"VERB", "AUX"} else set())

    def governs(ent: Any) -> bool:
        """The date modifies the cue (or the verb it is coordinated with), directly or through a
        preposition."""
        head = ent.root.head
        # "on Tuesday morning": the date word is a compound of the preposition's object
        if head.dep_ == "pobj" and ent.root.dep_ == "compound":
            head = head.head
        return head.i in verbs or (head.dep_ == "prep" and head.head.i in verbs)

    dates = [e for e in doc_ents(document.spacy_doc) if e.label_ == "DATE" and governs(e)]
    own = (event.date.span_start, event.date.span_end or event.date.span_start)
    published = parse_published(document.article.published)

    def same_day(ent: Any) -> bool:
        """'On 28 April ... succumbed on Tuesday': another name for the event's own day."""
        day = resolve_date(ent.text, published)
        return event.date.precision == "day" and day.precision == "day" and day.start == event.date.start

    return bool(dates) and not any(
        (e.start_char < own[1] and own[0] < e.end_char) or same_day(e) for e in dates)


def _own_trigger(event: Event, cue: Any) -> bool:
    """The cue is the event's own first trigger: "two days after gunmen killed 15 worshippers"
    tells the earlier incident's toll, and this event is that incident (a later trigger merged
    into it, "in response to a strike that killed one", is still the earlier deed's)."""
    first = min(event._mentions, default=(-1, -1))[0]
    return cue.idx <= first < cue.idx + len(cue)


def _died_later(document: Document, finding: Finding) -> bool:
    """A death told as the end of earlier wounds ('succumbed to', 'passed away')."""
    return finding.cue >= 0 and document.spacy_doc[finding.cue].lemma_.lower() in {"succumb", "pass"}


def _closer_to_another_event(document: Document, event: Event, finding: Finding) -> bool:
    """A sentence shared by two incidents: a figure belongs to the nearer trigger."""
    if finding.cue < 0:
        return False
    at = document.spacy_doc[finding.cue].idx

    def nearest(e: Event) -> int:
        """Characters from the cue to the event's nearest trigger mention."""
        return min((abs(s - at) for s, _ in e._mentions), default=10**9)

    own = nearest(event)
    return any(nearest(e) < own for e in document.events if e is not event and not e.historical)


def _in_background_clause(document: Document, event: Event, finding: Finding) -> bool:
    """The deaths are a grievance or an antecedent, not this incident's toll.

    "protested against the killing of ...", "after he shot his neighbour", "following the
    death of a prisoner": the phrase or clause holding the cue does not hold the trigger.
    """
    if finding.cue < 0:
        return False
    cue = document.spacy_doc[finding.cue]
    triggers = {s for s, _ in event._mentions}
    # "a day after a police officer shot dead a driver, youths rioted": a riot's cause told in a
    # lapse clause is no part of its toll even when it was read as one of its mentions
    if _own_trigger(event, cue) and not (event.event_type in ("Protests", "Riots")
                                         and in_lapse_clause(cue)):
        return False
    protest = set(lexicon()["protest_words"])
    came = cue
    for depth, anc in enumerate(cue.ancestors):
        # 'protest over the police torturing to death a man', 'against attacks that killed nine'
        if depth >= 7:
            break
        if anc.lemma_.lower() not in protest and any(s <= anc.idx < e for s, e in event._mentions):
            break  # the count hangs on this event's own trigger ('condemned the attack that ...')
        if anc.lemma_.lower() in protest and (
            came.dep_ in ("dobj", "pobj", "acl") or came.lower_ in ("against", "over", "about")
        ):
            return True
        came = anc
    clause = None
    if any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in cue.children):
        clause = cue
    came = cue
    for anc in cue.ancestors:
        if clause is not None:
            break
        if came.dep_ in ("prep", "mark") and came.lower_ in _BACKGROUND:
            clause = came
        elif any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in came.children):
            clause = came
        came = anc
    if clause is None:
        return False
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if event.event_type in ("Protests", "Riots"):
        # 'marching ... after three students died': a death merged into a protest is its cause
        triggers = {t for t in triggers if not cue.idx <= t < cue.idx + len(cue)}
    return not any(lo <= t < hi for t in triggers)


def _grievance_of_protest(event: Event, cue: Any) -> bool:
    """A protest's toll counts no death it protests or broke out after ("protesting the killing
    of a student last month", "the protests began after she died in custody")."""
    return event.event_type in {"Protests", "Riots"} and grievance(cue)


def _generic_cue(document: Document, finding: Finding) -> bool:
    """The figure hangs on a trend or record ("Thousands have been killed since 2015"), which the
    events stage reads as a span of time: it is no incident's toll."""
    if finding.cue < 0:
        return False
    cue = document.spacy_doc[finding.cue]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    return is_span_statement(verb) or cumulative_toll(verb) or period_tally(cue)


# Plain words for a person that, with "the", point back to someone the report already counted
# ("shot dead a labourer ... The man died on the way to hospital").
_BACK_REFERENCE_NOUNS = {"man", "woman", "boy", "girl", "victim", "person", "child", "teenager",
                         "youth", "deceased"}


def _without_restatements(document: Document, findings: list[Finding]) -> list[Finding]:
    """Drop a lone death or wound told again of "the man"/"the victim" after one already counted."""
    out: list[Finding] = []
    for f in findings:
        head = document.spacy_doc[f.key] if 0 <= f.key < len(document.spacy_doc) else None
        again = (
            head is not None and not f.additive and not f.subset and f.quantity.best == 1
            and head.lemma_.lower() in _BACK_REFERENCE_NOUNS and head.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children)
            and any(o.kind == f.kind and o.start < f.start and (o.quantity.best or 0) >= 1
                    for o in out)
        )
        if not again:
            out.append(f)
    return out


def count_event(document: Document, event: Event) -> None:
    """Fill the event's count fields from its sentences."""
    text = document.text
    findings: list[Finding] = []
    sents = list(doc_sents(document.spacy_doc))
    own = _event_spans(document, event)
    later = [sents[i] for i in later_total_sentences(len(sents), document.events, event)
             if sents[i] not in own]
    for span in own + later:
        findings.extend(
            f
            for f in find_in_span(span, findings)
            # a sentence of no incident lends only a running total ("the toll rose to 11")
            if f.update or span not in later
            # an attacker shot on a later day died in another event (ACLED codes by day), and so
            # did a victim who 'succumbed to his wounds on Tuesday', a day not the event's
            if not ((f.perpetrator or _died_later(document, f)) and _dated_elsewhere(document, event, f))
            and not _generic_cue(document, f)
            # "the floods that killed 200": a disaster's dead are no incident's toll
            and not (f.cue >= 0 and killed_by_no_attack(document.spacy_doc[f.cue]))
            and not date_figure(document.spacy_doc, f)
            and not _in_background_clause(document, event, f)
            and not (f.cue >= 0 and earlier_incident(document.spacy_doc[f.cue], toll=True)
                     and not _own_trigger(event, document.spacy_doc[f.cue]))
            and not (f.cue >= 0 and _grievance_of_protest(event, document.spacy_doc[f.cue]))
            and not _closer_to_another_event(document, event, f)
            and not told_of_earlier_year(document, event, f)
        )
    findings = local_over_wider(document.spacy_doc, _without_restatements(document, findings))
    findings = official_over_claimed(document.spacy_doc, findings)
    findings = replaced_figures(document.spacy_doc, text, findings)
    findings = enumerated(document.spacy_doc, findings)
    for kind in ("fatalities", "injuries", "arrested"):
        mine = [f for f in findings if f.kind == kind]
        result = combine(mine, document.text)
        if result is None:
            setattr(event, kind, None)
            if kind == "arrested" and _is_arrest_event(event):
                fallback = _suspects_fallback(document, event)
                if fallback is not None:
                    event.arrested = fallback
                    event.notes["arrested"] = fallback.note or ""
                    event.add_evidence("arrested", fallback.start or 0, fallback.end or 0, text)
                    continue
            if kind != "arrested" or _is_arrest_event(event):
                event.notes[kind] = NULL_NOTES[kind]
            continue
        total, support = result
        note = None
        if total.approximate:
            note = f"approximate figure: '{text[support.start : support.end]}'"
        setattr(event, kind, _count(total, support, text, note))
        for f in mine:
            if not f.subset or f.perpetrator:
                event.add_evidence(kind, f.start, f.end, text)
        if kind == "fatalities":
            perps = combine([f for f in mine if f.perpetrator])
            if perps is not None:
                event.perpetrators_killed = _count(perps[0], perps[1], text)
    # the note codes its lead event; an arrest or protest told after it died in no one's count
    if event is next((e for e in document.events if not e.historical), None):
        apply_coded_note(event, text)


@stage("counts")
def counts_stage(document: Document) -> None:
    """Count killed, wounded and arrested people for every event of the document."""
    if document.spacy_doc is None:
        return
    for event in document.events:
        try:
            count_event(document, event)
        except Exception:  # an odd parse must not cost the article its other fields
            log.exception("counting event %s of %s failed", event.id, document.article.id)
            event.notes["fatalities"] = "count extraction failed on this text"
