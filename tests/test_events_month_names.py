"""A month name in a date is no demonstration: "On 12 March 2021" is not a march."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "On 12 March 2021, the regional governor of Kayes imposed new taxes on the town.",
    "The committee of elders met in Garissa on March 4 to discuss the grazing dispute.",
])
def test_a_dated_month_name_triggers_no_protest(text: str) -> None:
    """Without a protest word, a note dated in March reports no protest."""
    events = Pipeline(stages=["events"])(Article(id="m", text=text)).events
    assert all(e.event_type != "Protests" for e in events)


@pytest.mark.parametrize("text", [
    "On 3 March 2019, students held a march in Kampala against fee increases.",
    "Thousands joined a peaceful march through Harare on 8 March.",
    "ON 5 MARCH 1990, STUDENTS STAGED A MARCH IN SAN SALVADOR.",
])
def test_a_march_beside_a_dated_month_is_still_a_protest(text: str) -> None:
    """The demonstration itself is still read, in mixed and upper case."""
    events = Pipeline(stages=["events"])(Article(id="m", text=text)).events
    assert [e.event_type for e in events] == ["Protests"]
