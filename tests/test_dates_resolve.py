"""resolve_date turns each date form into start/end/precision against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.extract.dates.resolve import parse_published, resolve_date

PUB = date(2015, 6, 3)  # a Wednesday


@pytest.mark.parametrize(
    ("expr", "start", "end", "precision"),
    [
        ("last month", "2015-05-01", "2015-05-31", "month"),
        ("on Thursday night", "2015-05-28", "2015-05-28", "day"),
        ("on Monday", "2015-06-01", "2015-06-01", "day"),
        ("Wednesday", "2015-06-03", "2015-06-03", "day"),
        ("last Friday", "2015-05-29", "2015-05-29", "day"),
        ("on May 20", "2015-05-20", "2015-05-20", "day"),
        ("May 20th", "2015-05-20", "2015-05-20", "day"),
        ("20 May", "2015-05-20", "2015-05-20", "day"),
        ("the 20th of May", "2015-05-20", "2015-05-20", "day"),
        ("December 28", "2014-12-28", "2014-12-28", "day"),
        ("May 20, 2014", "2014-05-20", "2014-05-20", "day"),
        ("in 2013", "2013-01-01", "2013-12-31", "year"),
        ("two days ago", "2015-06-01", "2015-06-01", "day"),
        ("yesterday", "2015-06-02", "2015-06-02", "day"),
        ("yesterday morning", "2015-06-02", "2015-06-02", "day"),
        ("last night", "2015-06-02", "2015-06-02", "day"),
        ("today", "2015-06-03", "2015-06-03", "day"),
        ("tonight", "2015-06-03", "2015-06-03", "day"),
        ("earlier this week", "2015-06-01", "2015-06-03", "week"),
        ("last week", "2015-05-25", "2015-05-31", "week"),
        ("the weekend", "2015-05-30", "2015-05-31", "week"),
        ("this year", "2015-01-01", "2015-06-03", "year"),
        ("last year", "2014-01-01", "2014-12-31", "year"),
        ("earlier this month", "2015-06-01", "2015-06-03", "month"),
        ("in April", "2015-04-01", "2015-04-30", "month"),
        ("in August", "2014-08-01", "2014-08-31", "month"),
        ("December 2017", "2017-12-01", "2017-12-31", "month"),
        ("13/01/2018", "2018-01-13", "2018-01-13", "day"),
        ("2018-01-13", "2018-01-13", "2018-01-13", "day"),
        ("the night of 1-2 June", "2015-06-01", "2015-06-02", "day"),
        ("the 1st", "2015-06-01", "2015-06-01", "day"),
        ("on 20/05", "2015-05-20", "2015-05-20", "day"),
        ("around 20 May", "2015-05-20", "2015-05-23", "week"),
        ("the night between Monday and Tuesday", "2015-06-01", "2015-06-01", "day"),
    ],
)
def test_resolves_against_publication(expr: str, start: str, end: str, precision: str) -> None:
    """Resolves against publication."""
    info = resolve_date(expr, PUB)
    assert (info.start, info.end, info.precision) == (start, end, precision)
    assert info.text == expr


def test_weekday_with_day_of_month_finds_that_date() -> None:
    """Weekday with day of month finds that date."""
    info = resolve_date("Saturday (13th)", date(2018, 1, 14))
    assert info.start == "2018-01-13" and info.precision == "day"


def test_month_day_just_after_publication_stays_in_that_year() -> None:
    """Month day just after publication stays in that year."""
    # a report dated in local time may trail the event by a day across time zones
    assert resolve_date("January 14", date(2018, 1, 13)).start == "2018-01-14"


def test_new_year_rolls_back_to_previous_year() -> None:
    """New year rolls back to previous year."""
    assert resolve_date("December 31", date(2018, 1, 2)).start == "2017-12-31"


@pytest.mark.parametrize(
    ("expr", "precision"),
    [
        ("last month", "month"),
        ("on Thursday", "day"),
        ("yesterday", "day"),
        ("earlier this week", "week"),
        ("this year", "year"),
    ],
)
def test_without_publication_relative_dates_stay_unresolved(expr: str, precision: str) -> None:
    """Without publication relative dates stay unresolved."""
    info = resolve_date(expr, None)
    assert info.start is None and info.end is None
    assert info.precision == precision
    assert info.note == f"no publication date to resolve '{expr}' against"


def test_without_publication_month_day_never_gets_a_year() -> None:
    """Without publication month day never gets a year."""
    info = resolve_date("May 20", None)
    assert (info.start, info.precision) == (None, "day")
    assert "year unknown" in (info.note or "")


def test_without_publication_explicit_year_still_resolves() -> None:
    """Without publication explicit year still resolves."""
    assert resolve_date("in 2013", None).start == "2013-01-01"
    assert resolve_date("20 May 2015", None).start == "2015-05-20"


def test_unreadable_expression_is_unknown() -> None:
    """Unreadable expression is unknown."""
    info = resolve_date("for years", PUB)
    assert info.precision == "unknown" and info.start is None


def test_parse_published_takes_the_calendar_date() -> None:
    """Parse published takes the calendar date."""
    assert parse_published("2015-06-03T23:10:00+05:30") == PUB
    assert parse_published(None) is None
    assert parse_published("yesterday") is None
