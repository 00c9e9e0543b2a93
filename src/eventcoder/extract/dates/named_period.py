"""A deed noun named by an earlier period ("last month's bombings", "last year's market
bombing", "the July arrest" in a September report): the report names a deed it already knows,
as a year names one ("the 2015 attacks", ``named_year.py``), instead of reporting it as news.

A week is left out: "last week's raid" is still the news of a weekly cycle. A month named with a
day ("the July 4 attack") is a full date, which the date stage reads; only a month alone names a
period here, and only one other than the month of publication (which holds the news itself).
"""

from __future__ import annotations

from typing import Any

from eventcoder.text.words import MONTH_FULL_NAMES, MONTHS

# words that put a period before the report's own: "last month's", "the past year's"
_PAST = frozenset({"last", "past", "previous"})
_PERIODS = frozenset({"month", "year", "summer", "winter", "spring", "autumn", "season"})
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod", "poss"})
# full month names only: an abbreviation ("Mar", "Sept") before a noun is rarely a period
_MONTH_NUMBERS = {name: MONTHS[name] for name in MONTH_FULL_NAMES}


def _earlier_month(word: Any, noun: Any, pub_month: int | None) -> bool:
    """A month named alone before the noun, other than the month of publication."""
    month = _MONTH_NUMBERS.get(word.lower_)
    if month is None or pub_month is None or month == pub_month or word.pos_ != "PROPN":
        return False
    # "the July 4 attack", "the 4 July attack": a day makes it a date, not a period
    return not any(t.like_num for t in (*word.children, *noun.children) if t.i < noun.i)


def named_by_earlier_period(noun: Any, pub_month: int | None) -> bool:
    """The deed noun is modified by a past period ("last month's", "last year's") or by a month
    other than that of publication ("the July arrest")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in _MODIFIER_DEPS:
            continue
        if child.lemma_.lower() in _PERIODS and any(c.lower_ in _PAST for c in child.children):
            return True
        if _earlier_month(child, noun, pub_month):
            return True
    return False
