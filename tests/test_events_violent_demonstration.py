"""A demonstration the report calls violent is a riot (ACLED: violent demonstration)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "On 14 June 2019, police fired tear gas to disperse violent demonstrations by students in "
    "Ouagadougou over exam fees.",
    "On 3 March 2021, a protest by traders in Kumasi turned violent and police dispersed the crowd.",
    "Hundreds of miners held a violent protest outside the company offices in Rustenburg on "
    "2 May 2018.",
    "A sit-in by dismissed workers in Sfax became violent on 9 January 2022, local radio said.",
])
def test_a_violent_demonstration_is_read_as_a_riot(text: str) -> None:
    """The rules read a riot."""
    events = Pipeline(stages=["events"])(Article(id="v", text=text)).events
    assert events and (events[0].event_type, events[0].sub_event_type) == (
        "Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 5 July 2019, opposition supporters staged a non-violent protest in Kinshasa against the "
    "election results.",
    "Students held a nonviolent demonstration in Dhaka on 2 August 2018 to demand road safety.",
    "On 11 May 2020, demonstrators in Beirut said the protest was not violent and marched to "
    "parliament.",
])
def test_a_non_violent_demonstration_stays_a_protest(text: str) -> None:
    """'Non-violent' and a denial of violence are no riot."""
    events = Pipeline(stages=["events"])(Article(id="v", text=text)).events
    assert events and all(e.event_type == "Protests" for e in events)
