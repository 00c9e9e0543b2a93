"""A span of weekdays: "between Monday and Wednesday", "from Tuesday to Thursday", "on Sunday and
Monday".

The days are the last ones of those names up to publication, the second not before the first;
the span is told as such (week precision when it covers more than one night, ``_day_span``), so
the incident is dated from its first day without inventing which one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventcoder.document import DateInfo
from eventcoder.extract.dates.common import _day_span, _unresolved
from eventcoder.text.words import WEEKDAYS

_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_RANGE = re.compile(
    rf"(?:between )?(?:last )?(?P<first>{_DAY})(?: (?:morning|afternoon|evening|night))?"
    rf" (?P<joint>and|to|until|till|through|-) (?P<last>{_DAY})(?: (?:morning|afternoon|evening|night))?"
)


def weekday_range(t: str, expr: str, pub: date | None) -> DateInfo | None:
    """The span of days a pair of weekdays bounds ('on Sunday and Monday' included: the incident,
    or the incidents told together, fall within it)."""
    m = _RANGE.fullmatch(t)
    if m is None:
        return None
    if pub is None:
        return _unresolved(expr, "week")
    first, last = WEEKDAYS.index(m.group("first")), WEEKDAYS.index(m.group("last"))
    end = pub - timedelta(days=(pub.weekday() - last) % 7)
    start = end - timedelta(days=(last - first) % 7)
    return _day_span(expr, start, end)
