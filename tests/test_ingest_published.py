"""Publication dates: ISO calendar dates in the publisher's local time, unknown as None."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.ingest.published import normalize_published, published_from_line


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-06-03T01:12:00+05:30", "2015-06-03"),  # still the 2nd in UTC: local date kept
        ("2021-03-04T23:40:00-05:00", "2021-03-04"),
        ("2018-01-14", "2018-01-14"),
        ("20180114", "2018-01-14"),
        ("Wed, 03 Jun 2015 01:12:00 +0530", "2015-06-03"),
        ("June 3, 2015", "2015-06-03"),
        ("3 June 2015", "2015-06-03"),
        (dt.date(2015, 6, 3), "2015-06-03"),
        (dt.datetime(2015, 6, 3, 23, 59), "2015-06-03"),
        ("", None),
        (None, None),
        ("last month", None),
        ("2015-13-40", None),
        ("0001-01-01", None),
        ("not a date at all", None),
    ],
)
def test_normalize_published(value: object, expected: str | None) -> None:
    """Publication dates in many written forms normalise to an ISO date (or null)."""
    assert normalize_published(value) == expected


def test_date_line_label_is_dropped() -> None:
    """Date line label is dropped."""
    assert published_from_line("Published: Tuesday, 12 March 2019 10:05 IST") == "2019-03-12"
    assert published_from_line("Updated on Jun 3, 2015 at 4:05 pm") == "2015-06-03"
    assert published_from_line(None) is None
