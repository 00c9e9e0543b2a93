"""A day in a relative clause on the incident's own participants ("fired tear gas at supporters
who were trying to storm the building on Monday") dates the incident when nothing else does."""

from __future__ import annotations

import pytest
from stage_docs import dated_events


@pytest.mark.parametrize(
    ("text", "trigger", "start"),
    [
        ("Police fired tear gas at supporters who were trying to storm the congress building on "
         "Monday.", "fired", "2018-01-15"),
        ("Soldiers in Kidal opened fire on herders who were crossing the river on Sunday.",
         "opened fire", "2018-01-14"),
        ("Riot police in Dhaka beat garment workers who blocked the highway on Thursday.",
         "beat", "2018-01-11"),
        ("Gendarmes dispersed villagers who gathered outside the prefecture in Kindia on Friday.",
         "dispersed", "2018-01-12"),
    ],
)
def test_a_day_in_the_participants_clause_dates_the_incident(
    text: str, trigger: str, start: str
) -> None:
    """The crowd's clause tells the same occasion as the force used on it."""
    (event,) = dated_events(text, [trigger])
    assert event.date.precision == "day"
    assert event.date.start == start


def test_a_day_stated_for_the_trigger_beats_the_participants_clause() -> None:
    """'on Tuesday dispersed students who marched on Monday': the trigger's own day wins."""
    text = "Police in Harare on Tuesday dispersed students who marched to parliament on Monday."
    (event,) = dated_events(text, ["dispersed"], published="2018-01-17")
    assert event.date.start == "2018-01-16"


@pytest.mark.parametrize(
    "text",
    [
        # a year in the clause dates the participant's past, not the deed
        "Gunmen shot dead a trader who was elected to the council in 2015 in Mopti.",
        # past perfect: the participants' deed came before the incident
        "Police fired tear gas at drivers who had blocked the bridge in Accra on Monday.",
    ],
)
def test_the_participants_past_does_not_date_the_incident(text: str) -> None:
    """The clause tells what the participants did before: the incident stays undated."""
    trigger = "shot dead" if "shot dead" in text else "fired"
    (event,) = dated_events(text, [trigger])
    assert event.date.start is None
