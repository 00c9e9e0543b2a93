"""Four-digit clock times are never years, a year must fit the report, and a night named by the
day it runs into is coded on that later day."""

from __future__ import annotations

from datetime import date

import pytest
from stage_docs import triggered_document

from eventcoder.extract.dates.clock_times import strip_clock_times
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.extract.dates.stage import dates_stage


@pytest.mark.parametrize(
    ("text", "trigger", "published"),
    [
        ("GUERRILLAS DYNAMITED A POWER PYLON AT 0215 TODAY NEAR THE PORT OF CHIMBOTE, THE ARMY "
         "REPORTED.", "DYNAMITED", "1990-04-02"),
        ("A roadside bomb hit a patrol near Kidal at 1740 GMT, a UN spokesman told reporters.",
         "hit", "2023-08-14"),
        ("Militants stormed a checkpost in Khyber at 2310 hours, the ISPR said in a statement.",
         "stormed", "2024-01-20"),
        ("Separatists shelled the outskirts of Donetsk at 0515 local time, the city mayor wrote.",
         "shelled", "2022-06-03"),
    ],
)
def test_a_clock_time_is_never_a_year(text: str, trigger: str, published: str) -> None:
    """No year is read out of a wire story's 24-hour clock time."""
    document = triggered_document(text, [trigger], published=published)
    dates_stage(document)
    start = document.events[0].date.start
    assert start is None or start[:4] == published[:4]


@pytest.mark.parametrize(
    "expr", ["at 2145 hours", "1533 GMT", "0400 local time", "AT 0933", "at 1815"]
)
def test_a_clock_time_alone_names_no_day(expr: str) -> None:
    """A time of day alone is unknown with its reason, not a year."""
    info = resolve_date(expr, date(2021, 5, 4))
    assert info.start is None and "time of day" in (info.note or "")


@pytest.mark.parametrize(
    ("expr", "start"),
    [
        ("in 1998", "1998-01-01"),
        ("early 2009", "2009-01-01"),
        ("1971", "1971-01-01"),
        ("at 2145 hours on Sunday", "2021-05-02"),
        ("0930 GMT on 3 May", "2021-05-03"),
    ],
)
def test_years_and_days_around_clock_times_still_read(expr: str, start: str) -> None:
    """Real years keep their reading; a day named beside a clock time still dates the event."""
    assert resolve_date(expr, date(2021, 5, 4)).start == start


@pytest.mark.parametrize("expr", ["2145", "1500", "flight 2145"])
def test_a_number_past_the_report_is_no_year(expr: str) -> None:
    """A four-digit number after the year following publication is no year of the report."""
    info = resolve_date(expr, date(2021, 5, 4))
    assert info.start is None


@pytest.mark.parametrize(
    ("text", "trigger", "published", "start"),
    [
        ("Russian drones hit a grain terminal in Izmail overnight into 14 August, the regional "
         "governor said on Telegram.", "hit", "2023-08-14", "2023-08-14"),
        ("Gunmen raided a hamlet near Mopti overnight to 9 March, killing four herders, a local "
         "official said.", "raided", "2024-03-10", "2024-03-09"),
        ("Rioters torched shops in Mombasa overnight to Sunday, police said on Monday.",
         "torched", "2021-07-12", "2021-07-11"),
        ("Insurgents attacked an army base in Cabo Delgado late on Friday, a security source "
         "said.", "attacked", "2021-07-13", "2021-07-09"),
        ("Unknown gunmen killed a village chief in Kasai in the early hours of Monday, the "
         "governor's office said.", "killed", "2021-07-13", "2021-07-12"),
    ],
)
def test_a_night_is_dated_by_the_day_it_runs_into(
    text: str, trigger: str, published: str, start: str
) -> None:
    """'overnight into 14 August', 'overnight to Sunday' code the day named."""
    document = triggered_document(text, [trigger], published=published)
    dates_stage(document)
    assert document.events[0].date.start == start


def test_a_1500_strong_force_dates_nothing() -> None:
    """A force's size is no year."""
    document = triggered_document("A 1500-strong force attacked the garrison town, the army said.",
                                  ["attacked"], published="2019-02-01")
    dates_stage(document)
    assert document.events[0].date.start is None


def test_a_night_naming_both_days_keeps_both() -> None:
    """'the night of 11 to 12 July' names both days: it starts on the first and ends on the second."""
    info = resolve_date("the night of 11 to 12 July", date(2021, 7, 13))
    assert (info.start, info.end) == ("2021-07-11", "2021-07-12")


@pytest.mark.parametrize(
    ("expr", "start"),
    [("overnight on 29 May", "2021-05-29"), ("overnight into May 30", "2021-05-30"),
     ("the night into the 2nd of May", "2021-05-02")],
)
def test_overnight_with_a_calendar_day(expr: str, start: str) -> None:
    """The calendar day after 'overnight on/into' is the night's date."""
    assert resolve_date(expr, date(2021, 6, 1)).start == start


@pytest.mark.parametrize(
    ("expr", "start"),
    [("2019", "2019-01-01"), ("the year 1871", "1871-01-01"), ("mid-2020", "2020-01-01")],
)
def test_a_year_written_as_one_keeps_its_reading(expr: str, start: str) -> None:
    """A year of the report, or one written as a year, keeps its reading."""
    assert resolve_date(expr, date(2021, 5, 4)).start == start


@pytest.mark.parametrize(
    "text", ["the 2014 local elections", "since 2009", "the 1971 war", "a 2000 hours-long vigil"]
)
def test_a_year_before_a_noun_is_no_clock_time(text: str) -> None:
    """'2014 local elections' keeps its year: only 'local time' marks a clock."""
    assert strip_clock_times(text) == text
