"""A toll counted over months or years, told once in a long report, is no incident; a dated
incident beside it still is (reports written for several countries, mixed case and capitals)."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, Document
from eventcoder.pipeline import Pipeline, default_pipeline

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}

_BACKGROUND = (
    "The commission met the interior minister in the capital on Tuesday. "
    "It asked for an independent inquiry and for the reform of the police. "
    "The minister said the government would study the proposals. "
    "Opposition parties welcomed the report. "
    "The commission will publish its full findings next month. "
    "Donors have promised to fund the inquiry. "
)


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str) -> Document:
    """The whole pipeline on ``text``."""
    return _pipeline()(Article(id="t", text=text, published="2024-05-10"))


def violent(doc: Document) -> list[str]:
    return [e.trigger or "" for e in doc.events if e.event_type in VIOLENT and not e.historical]


@pytest.mark.parametrize("tally", [
    "A rights commission said that in Guatemala over the past six years more than 90 people "
    "have vanished and some 40 have been killed for their activism.",
    "According to the rights group, there have been four murders, nine cases of torture and "
    "25 arbitrary arrests since the new governor took office last August.",
    "The group said that 163 civilians have been killed in Borno since the ceasefire.",
    "ACCORDING TO THE LEAGUE, ABOUT 300 PEOPLE HAVE BEEN KILLED IN KASAI OVER THE LAST TWO YEARS.",
])
def test_a_tally_told_once_in_a_long_report_is_no_incident(tally: str) -> None:
    assert violent(run(_BACKGROUND + tally)) == []


@pytest.mark.parametrize("incident", [
    "On Monday gunmen shot dead a village chief in Kasai.",
    "Three people have been killed in a bomb attack on a market in Maiduguri since Sunday.",
])
def test_a_dated_incident_in_a_long_report_stays(incident: str) -> None:
    assert violent(run(_BACKGROUND + incident))
