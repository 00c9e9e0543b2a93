"""A date in a relative clause on the incident's own participants ("Police fired tear gas at
supporters who were trying to storm the building on Monday") tells the same occasion."""

from __future__ import annotations

import re
from typing import Any

from eventcoder.nlp.doc_cache import ancestors, children

# the trigger's participants: its subject, object, or the object of its preposition ("fired at")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
_BOUND_MARKS = frozenset({"after", "since", "before", "until", "once"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A day of the month beside the year: "a tractor that drove at officers ... on 5 July 2022" names
# the occasion to the day, as a note does, not a past year of the participant's life.
_DAY = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)")


def _participant_of(noun: Any, triggers: list[Any]) -> bool:
    """The noun is the subject, object or prepositional object of a trigger verb."""
    if noun.dep_ not in _ARGUMENT_DEPS:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") \
        else noun.head
    return verb in triggers


def participant_clause(span: Any, triggers: list[Any]) -> bool:
    """The date (a day, with or without its year; not a year alone) lies in a relative clause on
    a participant of the trigger, told in its own time (no past perfect, no 'after/since'
    bound): the same occasion."""
    if _YEAR.search(span.text) and not _DAY.search(_YEAR.sub("", span.text)):
        return False  # "a man who was elected mayor in 2015": a year dates his past, not the deed
    for clause in [span.root, *ancestors(span.root)]:
        if clause in triggers:
            return False  # the date hangs from the trigger itself: an ordinary candidate
        kids = children(clause)
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in kids) or any(
            c.dep_ == "mark" and c.lower_ in _BOUND_MARKS for c in kids
        ):
            return False
        if clause.dep_ == "relcl":
            return _participant_of(clause.head, triggers)
    return False
