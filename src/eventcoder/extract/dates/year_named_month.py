"""A month placed in a year named relative to the report: "in March last year", "March of this
year", "last year in March".

The month alone is read as its latest occurrence up to publication ("in March" written in May
2024 is March 2024); a relative year word fixes the year instead: "in March last year", written
in March 2024, is March 2023, and a background attack so dated is not this week's news.
"""

from __future__ import annotations

import re
from datetime import date

from eventcoder.document import DateInfo
from eventcoder.extract.dates.common import MONTH_RE, _info, _month_range, _unresolved
from eventcoder.text.words import MONTHS

_OFFSETS = {"last": -1, "previous": -1, "this": 0, "next": 1}
_PATTERNS = (
    re.compile(rf"(?:(?:early|mid|late) ?-?)?{MONTH_RE},? (?:of )?(?P<which>last|previous|this|next)"
               r" year"),
    re.compile(rf"(?P<which>last|previous|this|next) year,? in {MONTH_RE}"),
)


def month_of_relative_year(t: str, expr: str, pub: date | None) -> DateInfo | None:
    """'March last year', 'March of this year', 'last year in March' against the publication."""
    for pattern in _PATTERNS:
        m = pattern.fullmatch(t)
        if m is None:
            continue
        if pub is None:
            return _unresolved(expr, "month")
        year = pub.year + _OFFSETS[m.group("which")]
        return _info(expr, *_month_range(year, MONTHS[m.group("month")]), "month")
    return None
