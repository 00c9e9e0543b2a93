"""Resolve one date expression ("last month", "on Thursday night", "May 20", "in 2013").

``resolve_date`` turns the expression into a :class:`~eventcoder.document.DateInfo` with ISO
start/end and a precision (day, week, month, year), resolved against the publication date. Our
own rules come first (weekdays, month-day without a year, relative periods); dateparser's
``DateDataParser`` is the fallback. Without a publication date relative expressions keep their
text and precision but stay unresolved, with a note: a year is never invented.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


from eventcoder.document import DateInfo
from eventcoder.extract.dates.calendar_rules import CALENDAR_RULES
from eventcoder.extract.dates.clock_times import implausible_year, strip_clock_times
from eventcoder.extract.dates.common import (
    _info,
    _monday,
    _month_range,
    _normalise,
)
from eventcoder.extract.dates.holidays import holiday_date
from eventcoder.extract.dates.lengths import FRACTIONAL_LENGTH
from eventcoder.extract.dates.ranges import weekday_range
from eventcoder.text.words import WEEKDAYS


@functools.cache
def _parser(base: date) -> DateDataParser:
    from dateparser.date import DateDataParser  # a second to import; only a fallback needs it

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
        },
    )


_DAY_HINT = re.compile(r"\d|" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight|ago")


def _dateparser(t: str, expr: str, pub: date | None) -> DateInfo | None:
    has_year = re.search(r"\b\d{4}\b", t) is not None
    if pub is None and not has_year:
        return None
    base = pub or date(int(re.search(r"\b(\d{4})\b", t).group(1)), 12, 31)  # type: ignore[union-attr]
    data = _parser(base).get_date_data(t)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "day" and not _DAY_HINT.search(t):
        return None  # dateparser fills a day from the base date: never present that as known
    if period == "day":
        return _info(expr, d, d, "day")
    if period == "week":
        return _info(expr, _monday(d), _monday(d) + timedelta(days=6), "week")
    if period == "month":
        return _info(expr, *_month_range(d.year, d.month), "month")
    if period == "year":
        return _info(expr, date(d.year, 1, 1), date(d.year, 12, 31), "year")
    return None


# holidays and weekday ranges first, the calendar's own words next, dateparser last
_RULES = (holiday_date, weekday_range, *CALENDAR_RULES, _dateparser)


def parse_published(published: str | date | None) -> date | None:
    """The publication's calendar date from an ISO string (date or datetime) or a date."""
    if published is None or isinstance(published, date):
        return published.date() if isinstance(published, datetime) else published
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _widen(info: DateInfo) -> DateInfo:
    """'around 28 December' is no known day: week precision from the named day, as ACLED's
    notes code 'on or around' (every such training note: the named day, precision week)."""
    if info.precision != "day":
        return info
    info.precision = "week"
    info.note = "approximate date ('around')"
    if info.start:
        d = date.fromisoformat(info.start)
        info.end = (d + timedelta(days=3)).isoformat()
    return info


_CLOCK_ONLY = re.compile(
    r"^(?:(?:at|around|about|approximately|roughly|shortly|just|before|after|by|until|from|some)"
    r"\s+)*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hours|hrs|h|o'clock)$"
)


def _weekend(info: DateInfo, days: int = 1, what: str = "a weekend") -> DateInfo:
    """'the weekend of 8-9 July': week precision (either day) from the first day named; 'the
    week of 1 May' (``days`` 6): any day of the week that starts on the day named."""
    if info.precision != "day":
        return info
    info.precision = "week"
    info.note = f"{what}: the day is not known"
    if info.start:
        d = date.fromisoformat(info.start)
        info.end = max(date.fromisoformat(info.end or info.start), d + timedelta(days=days)).isoformat()
    return info


def resolve_date(expr: str, published: date | None) -> DateInfo:
    """Resolve ``expr`` against the publication date; precision 'unknown' when it cannot.

    Example:
        >>> resolve_date("last month", date(2015, 6, 3)).start
        '2015-05-01'
    """
    if _CLOCK_ONLY.match(expr.strip().lower()):
        # "at about 10 a.m.": a time of day names no day (its hour would read as a month)
        return _info(expr, None, None, "unknown", f"'{expr}' is a time of day, not a date")
    if FRACTIONAL_LENGTH.match(expr.strip().lower()):
        return _info(expr, None, None, "unknown", f"'{expr}' is a length of time, not a date")
    bare = strip_clock_times(expr)
    if not re.search(r"\w", bare) or re.fullmatch(r"(?i)(?:at|on|around|about|by)", bare):
        return _info(expr, None, None, "unknown", f"'{expr}' is a time of day, not a date")
    t = _normalise(bare)
    if year := implausible_year(t, published):
        return _info(expr, None, None, "unknown", f"'{year}' cannot be a year of this report")
    approx = re.match(r"^(?:around|about|approximately|circa|c\.|roughly)\s+", t)
    if approx:
        t = t[approx.end() :]
    weekend = re.match(r"^(?:the )?(?:long )?weekend (?:of )?(?=.*\d)", t)
    if weekend:
        t = t[weekend.end() :]
    # "the week of 1 May 2023": a day in the week that starts on the day named
    week = None if weekend else re.match(r"^(?:the )?week (?:of|starting|beginning) (?=.*\d)", t)
    if week:
        t = t[week.end() :]
    for rule in _RULES:
        info = rule(t, expr, published)
        if info is not None:
            info = _weekend(info) if weekend else _weekend(info, 6, "a week") if week else info
            return _widen(info) if approx else info
    return _info(expr, None, None, "unknown", f"cannot read a date from '{expr}'")
