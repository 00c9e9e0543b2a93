"""Shared pieces of date resolution: month and weekday names, calendar arithmetic, results.

Used by :mod:`eventcoder.extract.dates.resolve` and :mod:`eventcoder.extract.dates.calendar_rules`;
kept apart so each rule module stays small.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

from eventcoder.document import DateInfo
from eventcoder.text.words import MONTH_WORD, WEEKDAYS

MONTH_RE = rf"(?P<month>{MONTH_WORD})\.?"
WEEKDAY_RE = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
ORD = r"(?:st|nd|rd|th)?"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|dawn|midday|noon|overnight)"
OVERNIGHT_NOTE = ("'overnight' with no day named: the night before publication, the evening before"
                  " or the small hours of the publication day")
# A bare "overnight" (no day named): the night before publication in news usage.
OVERNIGHT = r"(?:(?:late |early )?(?:during |in )?(?:the )?overnight(?: hours| period)?)"
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _days_in(year, month))


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _info(
    expr: str, start: date | None, end: date | None, precision: str, note: str | None = None
) -> DateInfo:
    return DateInfo(
        start=start.isoformat() if start else None,
        end=end.isoformat() if end else None,
        precision=precision,
        text=expr,
        note=note,
    )


def _unresolved(expr: str, precision: str) -> DateInfo:
    return _info(expr, None, None, precision, f"no publication date to resolve '{expr}' against")


# "overnight into 30 May", "overnight on Sunday": the one day named is the night's date (ACLED
# codes a night running into a day on that later day); "the night of 29 to 30 May", naming both,
# keeps both (start on the first day, as "the night between Thursday and Friday")
_NIGHT_INTO = re.compile(
    r"^(?:(?:late|early|on|in|during) )*(?:the )?(?:overnight|night) (?:into|to|till|until|on) "
    rf"(?=(?:the )?\d{{1,2}}(?:st|nd|rd|th)?\b|{MONTH_WORD}\.? \d|{'|'.join(WEEKDAYS)})"
)


# every candidate's expression is normalised by several rules in turn: once per string
@functools.lru_cache(maxsize=16384)
def _normalise(expr: str) -> str:
    t = expr.lower().replace("\u2013", "-").replace("\u2014", "-").replace("’", "'")
    t = re.sub(r"[(),]", " ", t)
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\s+", " ", t).strip(" .;:")
    t = re.sub(r"\s+(?:[ap]\.?m\.?)$", "", t)
    # "Saturday, 3rd July 2021 around 14:00 hours", "Saturday at about 2": the clock adds nothing
    # (and a bare hour would read as a month)
    t = re.sub(r"(?<=\S) (?:(?:at|around|about|shortly|just|before|after|from|by)\s+)+\d{1,2}"
               r"(?:[:.h]\d{2})?(?: ?(?:hours|hrs|h|o'clock))?$|(?<=\S) \d{1,2}[:h]\d{2}"
               r"(?: ?(?:hours|hrs|h))?$", "", t)
    t = re.sub(r"^(?:on|in|at|during|from|of|as of)\s+", "", t)
    t = _NIGHT_INTO.sub("", t)
    # "the early hours of 12 January", "the night of Thursday": the part of day adds nothing
    t = re.sub(
        r"^(?:(?:in|on|during) )?(?:the )?(?:early |late )?(?:small )?"
        r"(?:hours|morning|afternoon|evening|night|dawn)s? of ",
        "",
        t,
    )
    t = re.sub(r"^(\w+day) of (?:this|last) week$", r"\1", t)
    # "overnight on Saturday", "late on Friday": the night or the hour inside the day named
    t = re.sub(r"^(?:(?:late|early) )?(?:overnight )?on (?=\w+day\b)", "", t)
    # "the night between Thursday and Friday": an overnight incident starts on the first day
    t = re.sub(
        r"^(?:the )?(?:night|evening|hours|overnight) (?:between|from) (?:the )?(\w+day) (?:and|to) "
        r"(?:the )?\w+day$",
        r"\1 night",
        t,
    )
    t = re.sub(r"^the\s+(?!(?:day|previous|past|end|beginning|start|middle|night|week))", "", t)
    # "on Thursday, four years after the blast": the lapse that follows the day measures from it
    t = re.sub(rf"^({WEEKDAY_RE}(?: {PART_OF_DAY})?) (?:a|an|one|two|three|four|five|six|seven|eight"
               r"|nine|ten|\d+|several|a few|few) (?:hours?|days?|weeks?|months?|years?|decades?)$",
               r"\1", t)
    return t.strip()


def _number(word: str) -> int | None:
    """ "5" → 5, "five" or "a" → the number; None for other words."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _year_for(month: int, day: int, pub: date) -> date | None:
    """The latest plausible date with this month/day not after publication (2 days' slack)."""
    for year in (pub.year + 1, pub.year, pub.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= pub + timedelta(days=2):
            return candidate
    return None


def _day_span(expr: str, a: date, b: date) -> DateInfo:
    """A span of days: day precision when it covers one night (two days) at most."""
    span = (b - a).days
    precision = "day" if span <= 1 else "week" if span <= 7 else "month"
    return _info(expr, a, b, precision)


def bare_overnight(expr: str) -> bool:
    """'overnight' with no day named: dates the incident only when nothing else does."""
    return re.fullmatch(OVERNIGHT, _normalise(expr)) is not None


# Words between two date entities that make them one date ("Friday, 4 March", "the night of
# 3 May", "between 2 and 4 June").
DATE_JOINERS = frozenset({"", "of", "between", "from", "to", "until", "through"})
# An appositive that counts days of an ongoing incident ("on Thursday, the second day of riots",
# "on Friday night, the fifth night of unrest"): it says which day of the unrest the date is,
# and is no part of the date.
_COUNTED_DAY = re.compile(r"^the\s+(?:\w+th|first|second|third|\d+(?:st|nd|rd|th))\s+"
                          r"(?:straight\s+|consecutive\s+)?(?:day|night|week)\b", re.IGNORECASE)


def counted_day(text: str) -> bool:
    """True for an appositive that counts the days of an incident: "the second day"."""
    return bool(_COUNTED_DAY.match(text))
