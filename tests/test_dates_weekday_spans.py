"""A span of weekdays dates an incident from its first day: "between Monday and Wednesday", "from
Tuesday to Thursday", "between Saturday and Monday" (across a week's end). The days are the last of
those names up to publication; a span over more than one night is week precision, one night stays
day precision from its first day (as "the night between Thursday and Friday"). Strikes told
together "on Sunday and Tuesday" fall within those days too.
Sentences written for several countries and outlets.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.pipeline import Pipeline

# (expression, published, start, end, precision)
SPANS: list[tuple[str, date, str, str, str]] = [
    ("between Monday and Wednesday", date(2021, 6, 10), "2021-06-07", "2021-06-09", "week"),
    ("from Tuesday to Thursday", date(2024, 9, 14), "2024-09-10", "2024-09-12", "week"),
    ("between Saturday and Monday", date(2022, 1, 12), "2022-01-08", "2022-01-10", "week"),
    ("between last Friday and Sunday", date(2019, 3, 19), "2019-03-15", "2019-03-17", "week"),
    ("Friday to Saturday", date(2023, 2, 20), "2023-02-17", "2023-02-18", "day"),
    ("Sunday and Tuesday", date(2020, 8, 6), "2020-08-02", "2020-08-04", "week"),
]

# (text, published, start, precision)
REPORTS: list[tuple[str, str, str, str]] = [
    ("Fighting between two Dinka clans in Tonj between Monday and Wednesday left at least 19 "
     "people dead, the county commissioner told Radio Tamazuj.", "2021-06-10", "2021-06-07", "week"),
    ("Israeli raids on the Nur Shams camp near Tulkarm from Tuesday to Thursday killed eight "
     "Palestinians, the health ministry said.", "2024-09-14", "2024-09-10", "week"),
    ("Armed men attacked herders around Ndele from Saturday until Monday, killing 11, the prefect "
     "told Radio Ndeke Luka.", "2022-01-12", "2022-01-08", "week"),
    ("The Turkish defence ministry said its jets had killed 27 PKK militants in northern Iraq on "
     "Sunday and Tuesday.", "2020-08-06", "2020-08-02", "week"),
]


@pytest.mark.parametrize(("expr", "published", "start", "end", "precision"), SPANS)
def test_weekday_span_resolves(expr: str, published: date, start: str, end: str, precision: str) -> None:
    """The span's first and last day, and its precision."""
    info = resolve_date(expr, published)
    assert (info.start, info.end, info.precision) == (start, end, precision)


@pytest.mark.parametrize(("text", "published", "start", "precision"), REPORTS)
def test_incident_over_a_span_is_dated_from_its_first_day(
    pipeline: Pipeline, text: str, published: str, start: str, precision: str
) -> None:
    """The incident is dated from the span's first day, week precision."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None, text
    assert (event.date.start, event.date.precision) == (start, precision), text
