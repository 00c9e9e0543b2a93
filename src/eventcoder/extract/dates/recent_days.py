"""A day dated in the weeks before publication is the report's news, whatever its year."""

from __future__ import annotations

from datetime import date

from eventcoder.document import DateInfo

# A note published on 2 January about 30 December, or a weekly digest in early January about
# the last days of December, reports news: only the year changed in between.
_NEWS_DAYS = 45


def iso_day(iso: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string, None when there is none."""
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def days_before_publication(when: DateInfo | None, published: str | None) -> bool:
    """The date names a day or week that ends within a few weeks before publication."""
    if when is None or when.precision not in ("day", "week"):
        return False
    end, pub = iso_day(when.end or when.start), iso_day(published)
    return end is not None and pub is not None and 0 <= (pub - end).days <= _NEWS_DAYS
