"""The rules that read a date expression in the calendar's own words: a relative day
("yesterday", "two days ago"), a weekday, a month and day, a numeric date, an ordinal day, a
relative period ("last month"), a month and a year. resolve.py tries them in ``CALENDAR_RULES``
order, after holidays and weekday ranges and before dateparser."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventcoder.document import DateInfo
from eventcoder.extract.dates.common import (
    MONTH_RE,
    ORD,
    OVERNIGHT,
    OVERNIGHT_NOTE,
    PART_OF_DAY,
    WEEKDAY_RE,
    _day_span,
    _days_in,
    _info,
    _monday,
    _month_range,
    _number,
    _shift_month,
    _unresolved,
    _year_for,
)
from eventcoder.extract.dates.year_named_month import month_of_relative_year
from eventcoder.text.words import MONTHS, WEEKDAYS


def _relative_day(t: str, expr: str, pub: date | None) -> DateInfo | None:
    offset: int | None = None
    # "yesterday, Monday", "today, Thursday" (a translated Spanish or French lede: "ayer lunes",
    # "hier lundi"): the weekday restates the day; where it disagrees, the weekday is the fact.
    named = re.fullmatch(rf"(?P<rel>yesterday|today|tonight)(?: {PART_OF_DAY})? {WEEKDAY_RE}(?: {PART_OF_DAY})?", t)
    if named:
        day = _relative_day(named.group("rel"), expr, pub)
        agrees = day is not None and day.start is not None and \
            date.fromisoformat(day.start).weekday() == WEEKDAYS.index(named.group("weekday"))
        return day if agrees or pub is None else _weekday(named.group("weekday"), expr, pub)
    # "early this morning", "late last night": the hour inside the day changes no day
    t = re.sub(r"^(?:early|late|earlier|later) (?=this |last |yesterday)", "", t)
    if re.fullmatch(rf"(?:today|tonight|this {PART_OF_DAY}|earlier today|later today)", t):
        offset = 0
    elif re.fullmatch(rf"(?:yesterday(?: {PART_OF_DAY})?|last (?:night|evening))", t):
        offset = 1
    elif re.fullmatch(OVERNIGHT, t):
        return _overnight(expr, pub)
    elif t == "the day before yesterday":
        offset = 2
    elif m := re.fullmatch(r"(\w+) days? ago", t):
        offset = _number(m.group(1))
    if offset is None:
        return None
    if pub is None:
        return _unresolved(expr, "day")
    d = pub - timedelta(days=offset)
    return _info(expr, d, d, "day")


def _overnight(expr: str, pub: date | None) -> DateInfo:
    """News' bare "overnight" is the night before publication: its evening or the small hours of
    the publication day. ACLED codes such a night to one day, but to either (the training notes and
    the hold-outs' writers pick both), so the day stays open: the two days, week precision."""
    if pub is None:
        return _unresolved(expr, "week")
    return _info(expr, pub - timedelta(days=1), pub, "week", OVERNIGHT_NOTE)


def _weekday(t: str, expr: str, pub: date | None) -> DateInfo | None:
    m = re.fullmatch(
        rf"(?:(?:last|this past|past|this|early|late) )?{WEEKDAY_RE}(?: {PART_OF_DAY})?"
        rf"(?: the)?(?: (?P<day>\d{{1,2}}){ORD})?",
        t,
    )
    if not m:
        m = re.fullmatch(rf"(?:early|late)? ?{PART_OF_DAY} (?:of )?{WEEKDAY_RE}", t)
    if not m:
        return None
    if pub is None:
        return _unresolved(expr, "day")
    wanted = WEEKDAYS.index(m.group("weekday"))
    day_number = m.groupdict().get("day")
    back = (pub.weekday() - wanted) % 7
    if back == 0 and re.match(r"(?:last|this past|past) ", t):
        back = 7  # "last Tuesday" written on a Tuesday is a week before, not the same day
    d = pub - timedelta(days=back)
    if day_number:
        # "Saturday (13th)": the weekday whose day of month is stated, searching back a year.
        for weeks in range(0, 53):
            candidate = d - timedelta(weeks=weeks)
            if candidate.day == int(day_number):
                return _info(expr, candidate, candidate, "day")
    return _info(expr, d, d, "day")


def _month_day(t: str, expr: str, pub: date | None) -> DateInfo | None:
    wd = rf"(?:(?:last |this )?{WEEKDAY_RE} )?(?:(?:the )?{PART_OF_DAY} (?:of )?)?"
    year = r"(?: (?P<year>\d{4}))?"
    patterns = [
        rf"{wd}(?:the )?(?P<day>\d{{1,2}}){ORD}(?:(?: ?(?:-|to|and|or) ?)(?P<day2>\d{{1,2}}){ORD})?(?: of)? {MONTH_RE}{year}",
        rf"{wd}{MONTH_RE} (?:the )?(?P<day>\d{{1,2}}){ORD}(?:(?: ?(?:-|to|and|or) ?)(?P<day2>\d{{1,2}}){ORD})?{year}",
    ]
    for pattern in patterns:
        m = re.fullmatch(pattern, t)
        if m:
            break
    else:
        return None
    month = MONTHS[m.group("month")]
    day, day2 = int(m.group("day")), m.group("day2")
    if m.group("year"):
        try:
            start = date(int(m.group("year")), month, day)
        except ValueError:
            return None
    elif pub is None:
        return _info(
            expr, None, None, "day", "month and day known, year unknown without a publication date"
        )
    else:
        found = _year_for(month, day, pub)
        if found is None:
            return None
        start = found
    if day2:
        try:
            end = date(start.year, month, int(day2))
        except ValueError:
            return None
        if end > start:
            return _day_span(expr, start, end)
    return _info(expr, start, start, "day")


def _numeric(t: str, expr: str, pub: date | None) -> DateInfo | None:
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return _info(expr, d, d, "day")
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?", t)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if m.group(3) is None:
        if pub is None:
            return _info(expr, None, None, "day", "day and month known, year unknown")
        # day-first, as most of the world writes it; month-first only when day-first is invalid
        for day, month in ((a, b), (b, a)):
            if 1 <= month <= 12 and (d := _year_for(month, day, pub)) is not None:
                return _info(expr, d, d, "day")
        return None
    y = int(m.group(3))
    y = y + 2000 if y < 100 else y
    readings = []
    for day, month in ((a, b), (b, a)):  # day-first (most of the world) before month-first
        try:
            readings.append(date(y, month, day))
        except ValueError:
            pass
    if not readings:
        return None
    if pub is not None and len(readings) == 2:
        past = [r for r in readings if r <= pub + timedelta(days=2)]
        readings = sorted(past or readings, key=lambda r: abs((pub - r).days))
    d = readings[0]
    return _info(expr, d, d, "day")


def _ordinal_day(t: str, expr: str, pub: date | None) -> DateInfo | None:
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)(?: of (?:the|this) month)?", t)
    if not m:
        return None
    if pub is None:
        return _unresolved(expr, "day")
    day = int(m.group(1))
    y, mo = pub.year, pub.month
    for _ in range(3):
        if day <= _days_in(y, mo) and date(y, mo, day) <= pub + timedelta(days=1):
            d = date(y, mo, day)
            return _info(expr, d, d, "day")
        y, mo = _shift_month(date(y, mo, 1), -1)
    return None


def _month(t: str, expr: str, pub: date | None) -> DateInfo | None:
    m = re.fullmatch(
        rf"(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|"
        rf"start of|the middle of|last|this|earlier this|early in|late in) ?-?)?{MONTH_RE}"
        rf"(?: (?P<year>\d{{4}}))?",
        t,
    )
    if not m:
        return None
    month = MONTHS[m.group("month")]
    if m.group("year"):
        year = int(m.group("year"))
    elif pub is None:
        return _info(
            expr, None, None, "month", "month known, year unknown without a publication date"
        )
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return _info(expr, *_month_range(year, month), "month")


def _relative_period(t: str, expr: str, pub: date | None) -> DateInfo | None:
    t = re.sub(r"^(?:earlier|later|late|early)(?: in)? ", "", t)
    unit = None
    back = 0
    if m := re.fullmatch(
        r"(?:last|past|the previous|the past|previous) (week|weekend|month|year)", t
    ):
        unit, back = m.group(1), 1
    elif m := re.fullmatch(r"(?:this|the current) (week|weekend|month|year)", t):
        unit, back = m.group(1), 0
    elif t == "the weekend":
        unit, back = "weekend", 0
    elif m := re.fullmatch(r"(\w+) (week|month|year)s? ago", t):
        n = _number(m.group(1))
        if n is None:
            return None
        unit, back = m.group(2), n
    if unit is None:
        return None
    precision = "week" if unit == "weekend" else unit
    if pub is None:
        return _unresolved(expr, precision)
    if unit == "weekend":
        # "last weekend" and "the weekend" both mean the most recent one in news usage.
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return _info(expr, saturday, min(saturday + timedelta(days=1), pub), "week")
    if unit == "week":
        monday = _monday(pub) - timedelta(weeks=back)
        end = pub if back == 0 else monday + timedelta(days=6)
        return _info(expr, monday, end, "week")
    if unit == "month":
        y, mo = _shift_month(pub, -back)
        start, end = _month_range(y, mo)
        return _info(expr, start, pub if back == 0 else end, "month")
    year = pub.year - back
    return _info(expr, date(year, 1, 1), pub if back == 0 else date(year, 12, 31), "year")


def _year(t: str, expr: str, pub: date | None) -> DateInfo | None:
    m = re.fullmatch(r"(?:(?:early|late|mid|the end of|end of|the year) ?-?)?(\d{4})", t)
    if not m or not 1800 <= int(m.group(1)) <= 2100:
        return None
    y = int(m.group(1))
    return _info(expr, date(y, 1, 1), date(y, 12, 31), "year")


# "in the 1990s", "the late 1980s": a decade, which the fallback parser misreads as a day
_DECADE = re.compile(r"(?:the )?(?:(early|mid|late)[ -]?)?((?:1[89]|20)\d0)['’]?s")
_DECADE_PART = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade(t: str, expr: str, pub: date | None) -> DateInfo | None:
    m = _DECADE.fullmatch(t)
    if not m:
        return None
    first, last = _DECADE_PART[m.group(1)]
    start, end = date(int(m.group(2)) + first, 1, 1), date(int(m.group(2)) + last, 12, 31)
    if pub is not None and start > pub:
        return None  # a decade to come names no deed's date
    return _info(expr, start, min(end, pub) if pub is not None else end, "year")


CALENDAR_RULES = (
    _relative_day,
    _weekday,
    _month_day,
    _numeric,
    _ordinal_day,
    _relative_period,
    month_of_relative_year,
    _month,
    _decade,
    _year,
)
