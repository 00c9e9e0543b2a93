"""A deed dated by a decade ("in the late 1990s", "during the 2010s") before the report is
background, as one dated by its year is; a decade that dates something else leaves the news its
own day."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article


def _events(pipeline: Any, text: str, published: str) -> list[Any]:
    return pipeline(Article(id="decade", text=text, published=published, source=None)).events


@pytest.mark.parametrize(("text", "published"), [
    ("In the 2010s, the militia killed hundreds of farmers in Ituri, the UN said on Monday.",
     "2023-03-07"),
    ("During the 1980s, soldiers massacred 200 villagers near Nebaj, a survivor told the court "
     "on Friday.", "2021-02-27"),
    ("In the late 1990s, rebels massacred 300 villagers near Kisangani, a report said on "
     "Wednesday.", "2019-06-13"),
    ("In the early 2000s, militias killed hundreds of villagers in Darfur, witnesses said on "
     "Tuesday.", "2021-04-07"),
])
def test_a_deed_of_an_earlier_decade_is_history(pipeline: Any, text: str, published: str) -> None:
    events = _events(pipeline, text, published)
    assert events and all(e.historical for e in events)
    assert all(e.date.precision == "year" and str(e.date.start) < "2020" for e in events)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The militia, founded in the 1990s, attacked a village near Djugu on Monday, killing 8 "
     "people.", "2019-04-02", "2019-04-01"),
    ("Gunmen who have terrorised the region since the 2010s killed 5 farmers near Gusau on "
     "Sunday.", "2021-06-08", "2021-06-06"),
    ("Police fired tear gas at students marching in Santiago on Thursday, in the largest "
     "protests since the 1980s.", "2019-10-26", "2019-10-24"),
])
def test_a_decade_that_dates_something_else_leaves_the_news(pipeline: Any, text: str,
                                                            published: str, day: str) -> None:
    events = _events(pipeline, text, published)
    assert events and not events[0].historical
    assert str(events[0].date.start) == day
