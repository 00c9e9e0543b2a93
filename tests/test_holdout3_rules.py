"""Rules written after the third hold-out round, each tested on sentences for several countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

# A toll in a sentence that names only earlier years is history, not the incident's count; a
# sentence that also dates the incident keeps its figure.
PAST_YEAR_TOLLS = [
    ("Police shot dead three protesters in Kisumu on Tuesday. More than 1,100 people were killed"
     " in the violence after the 2007 election.", 3),
    ("A bomb exploded during a mass in Marawi on Sunday, killing four people. The city was"
     " largely destroyed in 2017 during a siege in which more than 1,100 people died.", 4),
    ("Gunmen killed six people at a bar in Celaya (Guanajuato) on Saturday. In 2020, 27 people"
     " were killed in an attack on a rehabilitation centre in nearby Irapuato.", 6),
    ("Two people were killed when a drone hit a house in Kharkiv on Monday, the governor said,"
     " a year after the city was shelled in 2022.", 2),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "deaths"), PAST_YEAR_TOLLS)
def test_toll_of_an_earlier_year_is_not_counted(pipeline: Pipeline, text: str,
                                                deaths: int) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-03-05")))
    assert event is not None and event.fatalities is not None
    assert event.fatalities.best == deaths
