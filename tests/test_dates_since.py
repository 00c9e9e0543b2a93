"""The dates stage on ongoing incidents: 'since <day>' dates when they began, below a stated day."""

from __future__ import annotations

import pytest
from stage_docs import assert_evidence_offsets, dated_events, triggered_document

from eventcoder.extract.dates.stage import dates_stage


@pytest.mark.parametrize(
    ("text", "trigger", "start"),
    [
        (
            "Dockers have been on strike since 9 January in the port of Tema.",
            "strike",
            "2018-01-09",
        ),
        (
            "Traffic has been paralysed in Bunia since January 12th by a taxi drivers' strike.",
            "strike",
            "2018-01-12",
        ),
        ("The reporter has been jailed since Monday in the capital.", "jailed", "2018-01-15"),
    ],
)
def test_since_a_day_dates_the_start_of_an_ongoing_incident(
    text: str, trigger: str, start: str
) -> None:
    """An ongoing strike or detention 'since' a stated day began on that day."""
    (event,) = dated_events(text, [trigger])
    assert event.date.precision == "day"
    assert event.date.start == start


def test_a_stated_day_beats_a_since_day() -> None:
    """'demonstrated on Wednesday ... on strike since Tuesday': the stated day dates the event."""
    text = (
        "Teachers demonstrated on Wednesday and have been on strike since Tuesday in Ouagadougou."
    )
    (event,) = dated_events(text, ["demonstrated"], published="2018-01-12")
    assert event.date.start == "2018-01-10"


@pytest.mark.parametrize(
    "text",
    [
        "Militants have controlled the district since January and attacked a convoy.",
        "Militants have controlled the district since 2015 and attacked a convoy.",
    ],
)
def test_since_a_month_or_year_stays_a_span(text: str) -> None:
    """'since January' or 'since 2015' names no day: the incident stays undated."""
    (event,) = dated_events(text, ["attacked"])
    assert event.date.precision != "day"


def test_a_clause_under_a_past_perfect_verb_is_background() -> None:
    """'had suspended them after they protested last Wednesday' came before the strike."""
    text = (
        "Workers have been on strike since 19 January. The firm had suspended 21 workers "
        "after they staged a small demonstration last Wednesday."
    )
    # one incident mentioned twice (the strike and the demonstration that led to it)
    document = triggered_document(text, ["strike", "demonstration"], "2018-01-21")
    event, other = document.events
    event._sentences += other._sentences
    event._mentions += other._mentions
    document.events = [event]
    dates_stage(document)
    assert_evidence_offsets(document)
    assert event.date.start == "2018-01-19"


def test_a_conjoined_present_perfect_verb_keeps_its_own_date() -> None:
    """'had arrived on June 23 and has been jailed since Monday': Monday dates the jailing."""
    text = (
        "The blogger had returned to Tunisia on 21 January and has been jailed since Monday "
        "over a post criticising the police."
    )
    (event,) = dated_events(text, ["jailed"], published="2018-01-30")
    assert event.date.start == "2018-01-29"
