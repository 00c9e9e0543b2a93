"""A deed noun named by its year ("the 2015 Paris attacks") is that year's deed: dated by the year
(even where spaCy reads it as a cardinal) and, before publication, historical."""

from __future__ import annotations

import pytest
from stage_docs import dated_events

from eventcoder.document import Article


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("The trial of 14 men accused over the 2016 Brussels bombings opened on Monday.",
         "bombings", "2016"),
        ("Relatives of victims of the 2019 Christchurch mosque shootings met the minister on "
         "Thursday.", "shootings", "2019"),
        ("A court in Kano on Monday heard the case of a driver accused of 2014's bombing of a "
         "bus station.", "bombing", "2014"),
        ("Families of those killed in the 2011 Oslo massacre laid flowers at the lake on Friday.",
         "massacre", "2011"),
    ],
)
def test_the_year_naming_the_trigger_noun_dates_the_incident(
    text: str, trigger: str, year: str
) -> None:
    """The year that modifies the deed noun is its date, not the day of the later hearing."""
    (event,) = dated_events(text, [trigger], published="2017-06-20" if year < "2017" else "2021-03-09")
    assert event.date.precision == "year"
    assert event.date.start == f"{year}-01-01"


def test_a_day_attached_to_the_trigger_still_dates_it() -> None:
    """No year names the deed: the day the verb states dates it."""
    (event,) = dated_events("Gunmen attacked a hotel in Bamako on Monday, killing six guests.",
                            ["attacked"])
    assert event.date.precision == "day"


@pytest.mark.parametrize(
    "text",
    [
        "The trial of 20 men accused of the 2015 Paris attacks resumed on Monday.",
        "Survivors of the 2008 Mumbai attacks gathered at the railway station on Sunday.",
        "A suspect in the 2013 Westgate mall attack was released from custody on Tuesday.",
        "Relatives of victims of the 2019 Christchurch mosque shootings met the prime minister on "
        "Thursday.",
    ],
)
def test_a_deed_named_by_an_earlier_year_is_historical(pipeline, text: str) -> None:
    """The deed the trial or the survivors recall happened in the named year: background."""
    doc = pipeline(Article(id="y1", text=text, published="2021-09-10"))
    deeds = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert deeds
    assert all(e.historical for e in deeds)
    assert all(e.date.start and e.date.start[:4] < "2021" for e in deeds)
