"""Rules of the quiet-reports round (#14): a report of no incident must give none, on sentences
written for several countries and outlets.

- A deed noun named by an earlier period ("last month's Easter bombings", "last year's market
  bombing", "the July arrest" in a September report) is one the report already knows, not its
  news (extract/dates/named_period.py, read by extract/background.py as a year is).
- A weekday named in a month of an earlier year ("on a busy Saturday afternoon in August 1998")
  is dated by that month, not by the weekday nearest the report (extract/dates/entities.py).
- A deed named with "any" ("any attack on our positions will be answered", "any attempt to storm
  the parliament would be resisted") is none done, as one named with "no" (extract/modality.py
  free_choice).

Each rule has negatives: a new deed told in the same style stays the news.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=published)))


@pytest.mark.parametrize(("text", "published"), [
    ("Many residents of Batticaloa remain wary after last month's Easter bombings revived "
     "emergency laws, the bishop said on Friday.", "2019-05-18"),
    ("The feud began after the July arrest of a cartel founder in Texas, and business owners say "
     "their sales have halved.", "2024-09-17"),
    ("Traders in Maiduguri reopened their shops on Wednesday, weeks after last year's market "
     "bombing.", "2023-11-02"),
    ("Tour operators in Lamu said bookings had not recovered from last summer's raids on coastal "
     "villages.", "2015-03-04"),
])
def test_a_deed_named_by_an_earlier_period_is_no_news(text: str, published: str) -> None:
    assert _primary(text, published) is None


@pytest.mark.parametrize(("text", "published", "day"), [
    # the news deed beside an older one named by its month
    ("Suspected rebels killed five soldiers in an ambush near Beni on Sunday, a month after the "
     "February massacre in the same area.", "2021-03-15", "2021-03-14"),
    ("Jihadists attacked a gendarmerie post in Tillaberi on Monday, killing three gendarmes, "
     "weeks after last month's assault on the same town.", "2020-10-20", "2020-10-19"),
    # a month with its day is a date, and last week is still the news
    ("The July 30 attack on a police post in Dera Ismail Khan killed four officers, police said "
     "on Tuesday.", "2023-08-02", "2023-07-30"),
    ("Last week's raid on a market in Zamfara killed eleven traders, the state police said on "
     "Thursday.", "2024-03-08", None),
    # "any" elsewhere than on the deed
    ("Gunmen attacked a church in Kaduna on Sunday, killing three worshippers, and police said "
     "any further attack would be repelled.", "2022-05-09", "2022-05-08"),
    ("The bombing in Kabul on Wednesday, the deadliest in any city this year, killed 12 people, "
     "officials said.", "2019-11-14", "2019-11-13"),
    ("Rebels ambushed a patrol near Kidal on Friday, and the army said it had not ruled out any "
     "link to the earlier raid.", "2018-06-02", "2018-06-01"),
])
def test_the_news_deed_stays_beside_an_older_one(text: str, published: str,
                                                 day: str | None) -> None:
    event = _primary(text, published)
    assert event is not None
    if day is not None:
        assert event.date.start == day


def test_a_protest_against_an_older_attack_is_the_news() -> None:
    event = _primary("Hundreds of people rallied in Peshawar on Friday to protest against the "
                     "April attack on a mosque.", "2022-06-10")
    assert event is not None and event.event_type == "Protests"


@pytest.mark.parametrize(("text", "published", "month"), [
    ("The bomb went off on a busy Saturday afternoon in August 1998, killing 29 people, and "
     "relatives gathered at the memorial on Wednesday.", "2018-08-16", "1998-08"),
    ("Survivors of the train bombings that struck Madrid on a Thursday morning in March 2004 "
     "gathered at Atocha station on Tuesday to lay flowers.", "2014-03-11", "2004-03"),
])
def test_a_weekday_in_a_month_of_an_earlier_year_is_that_month(text: str, published: str,
                                                               month: str) -> None:
    assert _primary(text, published) is None
    document = default_pipeline()(Article(id="t", text=text, published=published))
    assert any(e.historical and (e.date.start or "").startswith(month) for e in document.events)


def test_a_weekday_in_this_year_keeps_its_day() -> None:
    event = _primary("Gunmen stormed a hotel in Mogadishu on Saturday night in August 2024, "
                     "killing nine people, police said.", "2024-08-20")
    assert event is not None and event.date.start == "2024-08-17"


@pytest.mark.parametrize(("text", "published"), [
    ("Any attack on our positions will be answered with force, the commander warned on "
     "Saturday.", "2023-06-10"),
    ("Any attempt to storm the parliament would be resisted, the speaker said on Tuesday.",
     "2022-03-01"),
    ("Any effort to bomb the plants would be futile, the minister said on Monday.", "2021-05-03"),
    ("The minister said any strike on the dam would flood dozens of villages downstream.",
     "2024-07-09"),
])
def test_a_deed_named_with_any_is_none_done(text: str, published: str) -> None:
    assert _primary(text, published) is None
