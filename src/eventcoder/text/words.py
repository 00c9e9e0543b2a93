"""Shared word lists (``data/words.yaml``) and the calendar's month and weekday names."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable

from eventcoder.datafiles import load_data


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The named list of ``data/words.yaml`` ('speech_verbs', 'admin_unit_nouns')."""
    return frozenset(str(word).lower() for word in load_data("words.yaml")[name])


def names_alternation(names: Iterable[str]) -> str:
    """Names as a regex alternation, longest first (so the longest name wins), escaped, with
    any run of spaces between their words matching one space (no groups, no flags)."""
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in
                    sorted(names, key=len, reverse=True))


def words_pattern(name: str) -> str:
    """The named list as a regex alternation, longest word first (no groups, no flags)."""
    return "|".join(sorted(word_list(name), key=lambda w: (-len(w), w)))


WEEKDAYS = [name.lower() for name in calendar.day_name]  # monday first, as date.weekday()
_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_FULL_NAMES = frozenset(_MONTH_NAMES)
# Month name or abbreviation → month number ('sept' is a common fourth abbreviation).
MONTHS = {**_MONTH_NAMES, **{name.lower(): i for i, name in enumerate(calendar.month_abbr) if name},
          "sept": 9}
# Any month name or abbreviation, longest first so that the longest form wins.
MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
WEEKDAY_WORD = "(?:" + "|".join(WEEKDAYS) + ")"
