"""Stage 'link' (runs last): historical flag, follow-up links and final confidence.

- ``historical``: the incident is dated in an earlier year than the publication (by its own
  words, or by a date written with a year two or more years back), or the article
  mentions it as background ("was behind some of the worst attacks ..., including two bombings in
  Quetta in 2013").
- ``related_to``: a follow-up (arrests, a claim, a protest over a killing) points to the incident
  it follows ("arrests in connection with the Karachi bus attack").
- ``confidence``: raised for a record with a stated date, place and figures, lowered for
  background mentions.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventcoder.document import Document, Event
from eventcoder.extract import grammar
from eventcoder.extract.background import counted_back
from eventcoder.extract.dates.common import NUMBER_WORDS
from eventcoder.extract.dates.last_year import last_year_background
from eventcoder.extract.dates.named_year import named_year
from eventcoder.extract.dates.recent_days import days_before_publication
from eventcoder.extract.events.distant_time import afar_incident, refers_back, tried_long_ago
from eventcoder.extract.events.incident_clusters import in_lapse_clause
from eventcoder.extract.locality import when_after
from eventcoder.nlp.doc_cache import doc_sents
from eventcoder.registry import stage

_BACKGROUND_GOVERNORS = {
    "behind",
    "responsible",
    "blame",
    "include",
    "including",
    "such",
    "history",
    "accuse",
    "know",
}
_FOLLOW_UP_TYPES = {"Strategic developments", "Protests", "Riots"}
_FOLLOW_UP_CUES = (
    "in connection with",
    "over the",
    "in response to",
    "in retaliation for",
    "suspected of",
    "accused of",
    "following the",
    "after the",
    "linked to",
    "for the attack",
    "for the killing",
    "responsible for",
)


def _year(iso: str | None) -> int | None:
    if not iso or len(iso) < 4 or not iso[:4].isdigit():
        return None
    return int(iso[:4])


def _month(iso: str | None) -> int | None:
    if not iso or len(iso) < 7 or not iso[5:7].isdigit():
        return None
    return int(iso[5:7])


def _background_phrasing(event: Event, generic_ids: set[int]) -> bool:
    """True when a trigger is an example of a generic record ("worst attacks ..., including")."""
    inc = getattr(event, "_incident", None)
    if inc is None:
        return False
    for m in inc.mentions:
        tok: Token = m.token
        seen_including = False
        for anc in list(tok.ancestors)[:6]:
            if anc.lower_ in {"including", "like"} or (anc.lower_ == "such"):
                seen_including = True
            # the examples of a generic noun ('worst attacks ..., including'), not the people a
            # deed took ('arrested 25 members, including its ringleader, who was detained')
            if seen_including and anc.i in generic_ids and anc.pos_ != "VERB":
                return True
    return False


def _historical(event: Event, document: Document, generic_ids: set[int]) -> bool:
    """Dated by its own words in an earlier year than publication, or told as background."""
    pub_year = _year(document.article.published)
    inc = getattr(event, "_incident", None)
    own_years = _own_years(inc, pub_year) if inc is not None else set()
    if inc is not None and (_years_ago_clause(inc) or afar_incident(
            getattr(inc, "mentions", []), getattr(inc, "recent", False))
            or tried_long_ago(getattr(inc, "mentions", []), pub_year)
            or counted_back(getattr(inc, "mentions", []), pub_year,
                            _month(document.article.published))):
        return True
    if last_year_background(event.date, document.article.published):
        return True  # "In September last year ..." in a November report
    if days_before_publication(event.date, document.article.published):
        # last December's day in a January note: its year is earlier, the news is recent
        pub_year = None
    if pub_year and own_years and max(own_years) < pub_year:
        # the resolved date must agree: a year named by the incident's own phrase
        end_year = _year(event.date.end) or _year(event.date.start) if event.date else None
        if end_year is None or end_year < pub_year:
            return True
    if pub_year and inc is not None and _clause_dated_before(event, document, inc, pub_year):
        return True
    if _dated_years_back(event, document, pub_year):
        return True
    return _background_phrasing(event, generic_ids)


# A numeric date ("06/11/1997", "1997-06-11") is a record's header or a form field: the record
# dates its incident so, however long after it is published.
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def _dated_years_back(event: Event, document: Document, pub_year: int | None) -> bool:
    """The incident's date, written with its year in words ("in November 1985", "on 17 June
    1980, when ..."), lies two or more calendar years before publication and dates a clause:
    background, not the news (a report in January names last December's incident as news, so
    one year back is kept; "the 2011 coup" dates a noun, not the incident)."""
    date = event.date
    if not pub_year or date is None:
        return False
    year = _year(date.end or date.start)
    if year is None or year < 1900 or year > pub_year - 2:
        return False
    text = date.text or ""
    # a decade ("in the late 1990s") is a year written in words as much as "in 1997"
    if not re.search(r"\b(?:19|20)\d\d(?:s|'s)?\b", text) or _NUMERIC_DATE.search(text):
        return False
    gov = _date_governor(document, date)
    if gov is None:
        return False
    when = any(c.dep_ in {"relcl", "acl"} and any(g.lower_ == "when" for g in c.children)
               for t in gov.subtree for c in t.children if t.ent_type_ == "DATE")
    # "the first attack since March 2016, when gunmen killed ...": the 'when' clause after the
    # date (parsed as the main verb's adverbial) is what happened then
    span = document.spacy_doc.char_span(date.span_start, date.span_end, alignment_mode="expand")
    return gov.pos_ in {"VERB", "AUX"} or when or (span is not None and when_after(span))


def _clause_dated_before(event: Event, document: Document, inc: object, pub_year: int) -> bool:
    """ "In 2019, the group was blamed for a car bombing ...": the event's date is of an earlier
    year and governs the clause that holds the trigger."""
    date = event.date
    if date is None or date.span_start is None or _year(date.end or date.start) is None:
        return False
    if (_year(date.end or date.start) or pub_year) >= pub_year:
        return False
    if not re.search(r"\b(?:19|20)\d\d\b", date.text or ""):
        return False  # only a year written out, never one inferred from a weekday
    gov = _date_governor(document, date)
    if gov is None or gov.pos_ not in {"VERB", "AUX"}:
        return False
    mentions = getattr(inc, "mentions", [])
    return bool(mentions) and all(m.token in gov.subtree for m in mentions)


def _date_governor(document: Document, date: object) -> Token | None:
    """The word a date phrase dates: the verb of an adverbial ("In 2019, ..."), else the noun
    it hangs from ("the 2011 coup", "the signing of the accord in 2005")."""
    start, end = getattr(date, "span_start", None), getattr(date, "span_end", None)
    if start is None or end is None or document.spacy_doc is None:
        return None
    span = document.spacy_doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    gov = span.root
    while gov.dep_ in {"pobj", "prep"} and gov.head.i != gov.i:
        gov = gov.head
    return gov


def _own_years(inc: object, pub_year: int | None = None) -> set[int]:
    """Years named in the trigger phrases themselves ("bombings in Quetta in 2013")."""
    years: set[int] = set()
    for m in getattr(inc, "mentions", []):
        tok = m.token
        year = named_year(tok)  # "the 2015 Paris attacks", even read as a cardinal
        if year is not None:
            years.add(int(year.text))
        anchors = {tok.i}
        if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            anchors.add(tok.head.i)
        for ent in grammar.dates_in(grammar.local_tokens(tok)):
            if _attached(ent.root, anchors):
                years.update(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", ent.text))
                if pub_year and re.search(r"\blast\s+year\b", ent.text, re.IGNORECASE):
                    years.add(pub_year - 1)
    return years


# "twenty years ago", "thirty years ago": the round spans anniversaries count
_AGO_WORDS = {**NUMBER_WORDS, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
              "forty": 40, "fifty": 50}
_YEARS_AGO = re.compile(r"\b(\d{1,3}|an?|" + "|".join(_AGO_WORDS) + r")\s+(years?|decades?)\s+"
                        r"ago\b", re.IGNORECASE)


def _years_ago_clause(inc: object) -> bool:
    """ "aid workers abducted over three years ago", "a year ago", "two decades ago": the
    incident's trigger is dated years back from the report, and every other mention of it lies in that trigger's clause (a
    later happening told with it, "was found dead on Saturday", keeps the record current)."""
    mentions = getattr(inc, "mentions", [])
    for m in mentions:
        tok = m.token
        # a trigger noun's verb dates it ("a suicide bomber struck ... a year ago"), and a
        # when-clause's time is the time of the deed it hangs on ("the people killed when
        # gunmen stormed the campus a year ago")
        clause = tok.head if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} \
            and tok.head.pos_ == "VERB" else tok
        if _when_clause(clause):
            clause = clause.head
        anchors = {tok.i, clause.i} | {c.i for c in clause.children if _when_clause(c)}
        closing = _closing_date(clause)
        for ent in grammar.dates_in(grammar.local_tokens(tok)) + closing:
            if _years_ago(ent.text) and (_attached(ent.root, anchors) or ent in closing):
                # a noun in the same sentence names the same old deed or its dead ("relatives
                # of the 29 people killed by a car bomb twenty years ago gathered to remember
                # the dead")
                return all(x.token.i in {t.i for t in clause.subtree} or refers_back(x.token)
                           or (x.token.pos_ == "NOUN" and x.token.sent.start == tok.sent.start)
                           for x in mentions)
    return False


def _closing_date(clause: Token) -> list:
    """The date right after a reduced relative clause ("the 29 people killed by a car bomb in
    Omagh twenty years ago gathered"): the parse hangs it on the main verb, but a time between
    the subject and its verb ends the clause before it."""
    if clause.dep_ not in {"acl", "relcl"}:
        return []
    end = max(t.i for t in clause.subtree) + 1
    return [e for e in clause.doc.ents if e.label_ == "DATE" and e.start == end
            and e.root.head.i >= e.end and e.root.head.dep_ == "ROOT"]


def _when_clause(token: Token) -> bool:
    """A clause that times its head's deed: "killed when gunmen stormed the campus"."""
    return token.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ == "when"
                                         for g in token.children)


def _years_ago(text: str) -> int:
    """ "over 3 years ago" → 3; 0 when the expression counts no years back."""
    m = _YEARS_AGO.search(text)
    if not m:
        return 0
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else 1 if word in {"a", "an"} else _AGO_WORDS[word]
    return n * 10 if m.group(2).lower().startswith("decade") else n


def _attached(token: Token, anchors: set[int]) -> bool:
    """The date hangs on the trigger through prepositions and place names only
    ("bombings in Quetta in 2013"), not through other nouns ("the epicentre of mutinies in 2017").
    """
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i in anchors:
            return True
        if t.dep_ != "prep" and t.pos_ != "ADP" and t.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return False
    return False


def _related(event: Event, by_incident: dict[int, Event], text: str) -> str | None:
    inc = getattr(event, "_incident", None)
    if inc is None:
        return None
    for other in inc.refers_to:
        target = by_incident.get(id(other))
        if target is not None and target is not event:
            return target.id
    return None


def _related_by_cue(event: Event, events: list[Event], document: Document) -> str | None:
    """A follow-up whose sentence says it follows an earlier incident, when that is unique."""
    if event.event_type not in _FOLLOW_UP_TYPES or not event._sentences:
        return None
    doc = document.spacy_doc
    sents = list(doc_sents(doc))
    sent_text = sents[event._sentences[0]].text.lower()
    if not any(cue in sent_text for cue in _FOLLOW_UP_CUES):
        return None
    earlier = [
        e
        for e in events
        if e is not event
        and e.event_type not in _FOLLOW_UP_TYPES
        and not e.historical
        and e._sentences
        and e._sentences[0] <= event._sentences[0]
    ]
    return earlier[-1].id if len(earlier) == 1 else None


def _final_confidence(event: Event) -> float:
    conf = event.confidence
    if event.fatalities is not None and event.fatalities.best:
        conf += 0.03
    if event.location is not None and event.location.name:
        conf += 0.02
    if event.date is not None and event.date.precision in {"day", "week"}:
        conf += 0.02
    if event.historical:
        conf -= 0.2
    conf = min(max(conf, 0.05), 0.99)
    inc = getattr(event, "_incident", None)
    if inc is not None and inc.mentions and all(in_lapse_clause(m.token) for m in inc.mentions):
        conf -= 0.1  # "two days after gunmen killed a priest, ...": the news is the main clause
    return round(max(conf, 0.05), 3)


def link(document: Document) -> None:
    """Set historical, related_to and the final confidence of every event."""
    reading = getattr(document, "_reading", None)
    generic_ids: set[int] = reading.generic_ids if reading is not None else set()
    by_incident = {
        id(inc): e for e in document.events if (inc := getattr(e, "_incident", None)) is not None
    }
    for event in document.events:
        event.historical = _historical(event, document, generic_ids)
        if event.historical and "historical" not in event.notes:
            event.notes["historical"] = "mentioned as background to the article's news"
    for event in document.events:
        if event.related_to is None:
            event.related_to = _related(event, by_incident, document.text) or _related_by_cue(
                event, document.events, document
            )
        event.confidence = _final_confidence(event)
    # the working state holds spaCy tokens; nothing after this last stage needs it
    for event in document.events:
        event.__dict__.pop("_incident", None)
    document.__dict__.pop("_reading", None)


@stage("link")
def link_stage(document: Document) -> None:
    """Finish the records: historical flag, follow-up links, confidence."""
    if document.spacy_doc is None or not document.events:
        return
    link(document)
