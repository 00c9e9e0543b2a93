"""Four-digit clock times of wire copy ("AT 0933 TODAY", "1533 GMT", "at 2145 hours", "0400
local time") are times of day, never years; and a four-digit number reads as a year only when it
could be one for the report (1900 to the year after publication) or is written as a year."""

from __future__ import annotations

import re
from datetime import date

from eventcoder.text.words import MONTH_WORD

# A 24-hour reading: hours 00-23, minutes 00-59
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_ZONE = (r"(?:gmt|utc|z|local\s+time|hours|hrs?|h|est|edt|cet|cest|eat|wat|cat|ist|pkt"
         r"|msk|eest|eet)")
_LEAD = r"(?:\b(?:at|around|about|by|from|until|till|after|before)\s+)?"
_CLOCK_TIME = re.compile(
    # followed by a zone or "hours": "1533 GMT", "2145 hours", "0400 local time"
    rf"{_LEAD}\b{_HHMM}\s*{_ZONE}\b(?!-)"
    # after "at": "at 2145", "AT 1533 TODAY" (a year takes "in", not "at")
    rf"|\bat\s+(?:(?:about|around|approximately|roughly)\s+)?{_HHMM}\b"
    # a leading zero: "0933 today" (no year of news is written 0xxx)
    rf"|{_LEAD}\b0\d[0-5]\d\b",
    re.IGNORECASE,
)
_WRITTEN_YEAR = re.compile(r"\b(?:year|ad|a\.d\.)\s+\d{4}\b|\b\d{4}\s+(?:ad|a\.d\.|ce)\b", re.I)
_DATED = re.compile(rf"\b{MONTH_WORD}\b|\d{{4}}-\d|\d/\d", re.I)
_FOUR_DIGITS = re.compile(r"(?<![\d/.:-])\b\d{4}\b(?![/.:]\d)")


def strip_clock_times(expr: str) -> str:
    """The expression without its four-digit clock times ("AT 0933 TODAY" -> "TODAY")."""
    return re.sub(r"\s+", " ", _CLOCK_TIME.sub(" ", expr)).strip()


def implausible_year(text: str, published: date | None) -> str | None:
    """The first four-digit number that cannot be a year of a report published then, if any."""
    # "December 2017", "2018-01-13": a month or day named beside it writes the number as a year
    if _WRITTEN_YEAR.search(text) or _DATED.search(text):
        return None
    last = published.year + 1 if published else None
    for m in _FOUR_DIGITS.finditer(text):
        year = int(m.group())
        if year < 1900 or (last is not None and year > last):
            return m.group()
    return None
