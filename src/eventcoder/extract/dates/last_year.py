"""A deed dated "last year", months before the report: background, not the news.

"In September last year the GIA said it had killed two French surveyors", in a November report:
the words place the deed in the year before and the resolved date lies over a season back. A
January report's "in December last year" or "on December 30 last year" is weeks old and is the
news, so only a date ending more than ``_SEASON_DAYS`` before publication is background.
"""

from __future__ import annotations

import re

from eventcoder.document import DateInfo
from eventcoder.extract.dates.recent_days import iso_day

_LAST_YEAR = re.compile(r"\blast year\b|\ba year ago\b", re.IGNORECASE)
_SEASON_DAYS = 90


def last_year_background(when: DateInfo | None, published: str | None) -> bool:
    """The date says "last year" and ends more than a season before publication."""
    if when is None or not _LAST_YEAR.search(when.text or ""):
        return False
    end, pub = iso_day(when.end or when.start), iso_day(published)
    return end is not None and pub is not None and (pub - end).days > _SEASON_DAYS
