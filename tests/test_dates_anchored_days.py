"""Days told against another date of the report: "the previous day", "a day earlier", "two days
before", "the eve of the vote" (the vote dated in another sentence), and a day of the month alone
("on the 3rd,"). The phrase counts from the nearest date before it that names one day; a bare
ordinal is the last such day up to publication, but not "on the 3rd floor". Sentences written for
several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

# (text, published, start)
ANCHORED: list[tuple[str, str, str]] = [
    ("Police in Mbarara said on Tuesday that a crowd had beaten a suspected cattle thief to death "
     "the previous day.", "2022-09-08", "2022-09-05"),
    ("The governor's office said on Friday that gunmen had shot dead three traders at a market in "
     "Jos a day earlier.", "2020-10-12", "2020-10-08"),
    ("Residents of Cite Soleil told reporters on Sunday that gang members had set fire to 40 homes "
     "two days earlier.", "2023-05-30", "2023-05-26"),
    ("Malawians voted on Tuesday in a tense presidential election. On the eve of the vote, "
     "unidentified men petrol-bombed an opposition office in Lilongwe, injuring two guards.",
     "2025-09-18", "2025-09-15"),
    ("Kenyans went to the polls on Wednesday. On the eve of the polls, police fired tear gas at "
     "opposition supporters in Kisumu, wounding four.", "2022-08-11", "2022-08-09"),
]

# (text, published, start): the last, "on the 3rd floor", names no day (the weekday dates it)
ORDINALS: list[tuple[str, str, str]] = [
    ("Maoists blew up a culvert on the Bijapur road on the 3rd, killing two jawans of the CRPF, "
     "officials confirmed.", "2021-04-10", "2021-04-03"),
    ("Rebels ambushed a supply truck outside Beni on the 2nd, killing its driver, the army said.",
     "2020-12-09", "2020-12-02"),
    ("A gunman shot dead a lawyer in his office on the 3rd floor of a building in Karachi on "
     "Monday, police said.", "2023-02-08", "2023-02-06"),
]


def _date(pipeline: Pipeline, text: str, published: str):  # noqa: ANN202 - a DateInfo
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None, text
    return event.date


@pytest.mark.parametrize(("text", "published", "start"), ANCHORED)
def test_day_counted_from_the_date_before(
    pipeline: Pipeline, text: str, published: str, start: str
) -> None:
    """'the previous day' after 'said on Tuesday' is Monday, at day precision."""
    got = _date(pipeline, text, published)
    assert (got.start, got.precision) == (start, "day"), text


def test_day_of_the_month_alone(pipeline: Pipeline) -> None:
    """'on the 3rd,' is the last 3rd up to publication; 'on the 3rd floor' is no day."""
    got = [(d.start, d.precision) for d in (_date(pipeline, t, p) for t, p, _ in ORDINALS)]
    assert got == [(start, "day") for _, _, start in ORDINALS]


def test_day_before_counts_from_a_report_not_from_the_incident(pipeline: Pipeline) -> None:
    """'the day before' counts from a day of saying; after the incident's own day ('On 4 March,
    youths rioted after a trader was killed the day before') it dates the cause, not the riot."""
    said = ("Officials in Kenema said on Thursday that youths had burned a police post the day "
            "before.")
    cause = ("On 4 March 2021, youths rioted in the market of Kenema after a trader was killed by a "
             "soldier the day before. Shops were burned and three people were injured.")
    assert (_date(pipeline, said, "2021-03-06").start, _date(pipeline, cause, "2021-03-06").start) \
        == ("2021-03-03", "2021-03-04")
