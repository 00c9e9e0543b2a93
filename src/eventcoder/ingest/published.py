"""Publication dates as ISO calendar dates, in the publisher's local time.

A timestamp like ``2015-06-03T01:12:00+05:30`` is the 3rd of June where it was published,
even though it is still the 2nd in UTC: the local date is what relative expressions
("yesterday") in the text are resolved against, so it is never converted to UTC.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_LABEL = re.compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+on)?\s*:?\s*)?"
    r"(?:[a-z]+day,?\s+)?",
    re.I,
)
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")


def _valid(year: int, month: int, day: int) -> str | None:
    """ISO string for a real calendar date in a plausible range, else None."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not 1900 <= date.year <= dt.date.today().year + 1:
        return None
    return date.isoformat()


def normalize_published(value: object) -> str | None:
    """Turn a date, datetime or date string into an ISO date (local calendar date), else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_DATE.match(text) or _COMPACT_DATE.match(text)
    if match:
        return _valid(*(int(g) for g in match.groups()))
    try:
        # RFC 822 as in RSS: "Wed, 03 Jun 2015 01:12:00 +0530" (keeps the stated offset).
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return _valid(parsed.year, parsed.month, parsed.day)
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_free_text(text)


def _parse_free_text(text: str) -> str | None:
    """Parse a written date ("June 3, 2015") with dateparser, English only."""
    # A publication date names its year; "last month" or "today" are relative to nothing here.
    if len(text) > 60 or not re.search(r"\d{4}", text):
        return None
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True},
        )
    except Exception:  # dateparser raises many types on odd strings; unknown is the answer
        log.debug("could not parse publication date %r", text)
        return None
    if parsed is None:
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def published_from_line(text: str | None) -> str | None:
    """The date of a dateline such as "Published on 12 March 2019", without its label."""
    if not text:
        return None
    return normalize_published(_LABEL.sub("", text.strip()))
