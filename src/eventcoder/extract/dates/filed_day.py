"""The day a dateline says the report was filed, which its "today" and "this evening" mean.

Newspapers print the evening's copy the next morning under the filing day's dateline: "Dibrugarh,
April 10: A bomb ... exploded ... this evening" appeared on April 11, and its "this evening",
"tonight" and "on Friday" count from April 10. Wire copy writes the same line ("ALGIERS, Nov 17
(Reuters) -"), usually on its publication day. A dateline's day up to a week before publication
is the day the text's own relative words count from; a later one (a publisher's time zone) or one
further back (an archive's date) leaves the publication date as it is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
# Place (and maybe a country), month and day, maybe the agency, then the separator.
_DATELINE_DAY = re.compile(
    r"^\s*[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,3},\s*(?:[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?,\s*)?"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,\s*\d{4})?\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s")
_LOOKBACK_DAYS = 7


def filed_day(text: str, published: date | None) -> date | None:
    """The dateline's day, when it falls in the week up to the publication date; else None."""
    if published is None:
        return None
    m = _DATELINE_DAY.match(text[:120])
    if m is None:
        return None
    month = _MONTHS[m.group("month").lower()[:3]]
    for year in (published.year, published.year - 1):  # "Dec 31" filed, published on Jan 1
        try:
            day = date(year, month, int(m.group("day")))
        except ValueError:
            return None
        if timedelta(0) <= published - day <= timedelta(days=_LOOKBACK_DAYS):
            return day
    return None


def reference_day(text: str, published: date | None) -> date | None:
    """The day the text's relative dates count from: its dateline's filing day, or publication."""
    return filed_day(text, published) or published
