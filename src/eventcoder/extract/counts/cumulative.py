"""Tolls of a whole war or insurgency, or of a stretch of the calendar, which no single incident
has.

"The insurgency in Cabo Delgado has killed more than 4,000 people", "the conflict has claimed
over 10,000 lives", "the war, now in its ninth year, has left 150,000 dead": a perfect-aspect
verb whose subject is a long campaign of violence sums up the campaign, whatever date or
'since' clause it has or lacks. The report's own incident is never the subject of such a verb
under these names (an attack or a clash is, and stays counted).

"Guayaquil recorded more than 600 violent deaths in the first two months of the year", "the
city registered 900 killings in the first half of 2024", "in the past three weeks, 40 people
have died": a figure over the first or past stretch of a year, or over "this year", is a running
tally of the place's violence (:func:`period_tally`), not the toll of the report's incident.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.grammar import is_perfect
from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.text.words import word_list

CAMPAIGN_NOUNS = word_list("campaign_nouns")
# Stretches of the calendar a tally runs over, and the words that make them one ("the first two
# months of the year", "the past three weeks", "the first half of 2024", "this year").
_PERIODS = {"week", "month", "quarter", "half", "year"}
_STRETCH_WORDS = {"first", "past", "last"}
_PERIOD_PREPS = {"in", "during", "over", "within", "for"}
_TALLY_VERBS = {"record", "register", "log", "count", "document", "report", "see"}


def cumulative_toll(verb: Any) -> bool:
    """The verb states the toll of a whole campaign ('the insurgency has killed 4,000 people')."""
    if verb.pos_ not in ("VERB", "AUX") or not is_perfect(verb):
        return False
    subject = grammatical_subject(verb, through={"conj"})  # "began ... and has killed"
    if subject is None:
        return False
    return subject.lemma_.lower() in CAMPAIGN_NOUNS  # 'the civil war': its head is 'war'


def _tally_period(obj: Any) -> bool:
    """'the first two months of the year', 'the past three weeks', 'the first half of 2024',
    'this year': a stretch of the calendar, not a day."""
    if obj.lemma_.lower() not in _PERIODS:
        return False
    kids = {c.lower_ for c in obj.children}
    if "this" in kids and obj.lemma_.lower() == "year":
        return True
    if not kids & _STRETCH_WORDS:
        return False
    counted = any(c.like_num for c in obj.children) or obj.lemma_.lower() in {"half", "quarter"}
    of_year = any(g.lower_ == "year" or (g.like_num and len(g.text) == 4)
                  for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children)
    return of_year or (counted and bool(kids & {"past", "last"}))


def _tallying(verb: Any) -> bool:
    """'has registered', 'have been killed', 'recorded': a verb that sums up, not one deed's
    ('killing 45 ... in one of the deadliest incidents this year' is the incident's toll)."""
    return verb.pos_ in ("VERB", "AUX") and (is_perfect(verb) or verb.lemma_.lower() in _TALLY_VERBS)


def period_tally(cue: Any) -> bool:
    """The figure's cue or its verb runs over a stretch of the calendar ('recorded 600 deaths in
    the first two months of the year'): a tally, no incident's toll."""
    holders = [cue, cue.head] if cue.pos_ in ("NOUN", "PROPN") else [cue]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "npadvmod" and _tally_period(prep) and _tallying(holder):
                return True  # "has registered 1,200 deaths this year"
            if prep.dep_ == "prep" and prep.lower_ in _PERIOD_PREPS and any(
                    _tally_period(obj) for obj in prep.children if obj.dep_ == "pobj"):
                return True
    return False
