"""Incidents counted from another dated deed: "Two days after gunmen killed a priest on Friday,
armed men abducted 15 worshippers" puts the abduction on Sunday, two days after Friday; "rebels
attacked the checkpoint three days after the army retook the town on Sunday" puts the attack on
Wednesday. The day belongs to the deed of the 'after' (or 'before') clause; the incident of the
clause it hangs on is that day moved by the lapse. A lapse in hours ("hours after") names no
other day, and is left to the date of the clause itself. A weekday counted on past the publication was the week before's.
A date set before the lapse ("On 28 June 2023, a day after police shot a teenager, youths
burned cars") is the day of the sentence's own incident, whatever the parser hangs it on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from eventcoder.document import DateInfo
from eventcoder.extract.dates.common import NUMBER_WORDS
from eventcoder.extract.dates.eve import shifted
from eventcoder.nlp.doc_cache import ancestors, children

_UNIT_DAYS = {"day": 1, "week": 7}
_SIGN = {"after": 1, "before": -1}
# The units a lapse may be counted in; only days and weeks move a date (``_UNIT_DAYS``), but a
# clause "two months after ..." still sets its deed apart from the news (incident_clusters.py).
_LAPSE_UNITS = frozenset({"day", "week", "month", "year"})


def lapse_counts(clause: Any) -> Iterator[tuple[Any, Any]]:
    """(unit, count word) of each measure of an 'N days after ...' clause ("two days", "a week")."""
    # The one reader of a lapse's measure: the dates stage moves a day by it, the events stage
    # sets the clause's deed apart by it; it lives here, with the dates it measures.
    for unit in children(clause):
        if unit.dep_ == "npadvmod" and unit.lemma_.lower() in _LAPSE_UNITS:
            for word in children(unit):
                if word.dep_ in {"det", "nummod"}:
                    yield unit, word


def lapse_mark(clause: Any) -> str | None:
    """'after' or 'before' as the mark of an adverbial clause, or None."""
    marks = [c.lower_ for c in children(clause) if c.dep_ == "mark" and c.lower_ in _SIGN]
    return marks[0] if marks else None


def _lapse_days(clause: Any) -> int | None:
    """Days an 'N days after ...' clause names before its mark ("two days", "a week")."""
    for unit, word in lapse_counts(clause):
        days = _UNIT_DAYS.get(unit.lemma_.lower())
        if days is None:
            continue
        if word.dep_ == "det" and word.lower_ in {"a", "one"}:
            return days
        if word.dep_ == "nummod":
            n = int(word.text) if word.text.isdigit() else NUMBER_WORDS.get(word.lower_)
            return n * days if n else None
    return None


def _lapse(node: Any) -> int | None:
    """Signed days of an 'N days after ...' clause or phrase ('after' as mark or preposition)."""
    if node.dep_ == "advcl":
        mark = lapse_mark(node)
    elif node.dep_ == "prep" and node.lower_ in _SIGN:
        mark = node.lower_
    else:
        return None
    days = _lapse_days(node) if mark else None
    return _SIGN[mark] * days if days is not None and mark else None


def _lapse_after(span: Any) -> tuple[Any, int] | None:
    """The clause of an ', N days after ...' that directly follows the date, with its signed days."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    for word in doc[i + 1:min(i + 5, len(doc))]:
        if word.lower_ in _SIGN:
            # the parser may hang the clause as a complement, not an adverbial: read its lapse
            clause = word.head if word.dep_ == "mark" else word
            days = _lapse_days(clause) if word.dep_ == "mark" else _lapse(clause)
            if days is None:
                return None
            return clause, days * _SIGN[word.lower_] if word.dep_ == "mark" else days
    return None


def _date_before_lapse(span: Any, triggers: list[Any]) -> int | None:
    """'On 28 June, a day after police shot a boy, youths rioted': 0 days for the rioting the
    date opens, minus the lapse for the deed of the clause (None when no such lapse follows)."""
    found = _lapse_after(span)
    if found is None or not triggers:
        return None
    clause, days = found
    if all(t in clause.subtree for t in triggers):
        return -days
    return 0


def lapse_offset(span: Any, triggers: list[Any]) -> int | None:
    """Days from a date inside an 'N days after ...' clause to the incident the clause hangs on,
    when one of the event's triggers is that incident (None otherwise)."""
    opened = _date_before_lapse(span, triggers)
    if opened is not None:
        return opened
    via = None
    for node in [span.root, *ancestors(span.root)]:
        below, via = via, node
        if node.dep_ not in {"advcl", "prep"}:
            continue
        if below is not None and below.dep_ == "npadvmod" or below is None and node.dep_ == "prep":
            return None  # the span is the lapse itself ("on Thursday, a week before the vote")
        days = _lapse(node)
        if days is not None and any(t == node.head or t.is_ancestor(node) for t in triggers):
            return days
        if days is not None or node.dep_ == "advcl":
            return None
    return None


def counted_from_other(triggers: list[Any]) -> bool:
    """The incident is told as 'N days after' another deed ("Two days after the election,
    gunmen shot ..."): a day only an announcement gives is not its day."""
    return any(_lapse(c) is not None for t in triggers for c in children(t))


def lapsed_day(info: DateInfo, days: int, weekday: bool, published: date | None) -> DateInfo:
    """The day ``days`` after the clause's day; a weekday that would land after publication
    ("three days after ... on Sunday" in Monday's paper) was the previous week's."""
    moved = shifted(info, days)
    if weekday and published and moved.start and moved.start > published.isoformat():
        moved = shifted(info, days - 7)
    return moved
