"""A protest's background deeds and its police's "riot" gear make no riot of it.

A deed told in the past perfect after the lead ("The protesters ... had blocked streets with
trucks") happened before the reported day: it is background, not how the reported protest went;
reported speech ("police said protesters had burned tyres") still tells the day's deeds.
"Riot police" at the start of a sentence (tagged an adjective) names the police, no riot.
Reports written for Georgia, Poland, Peru, Kenya, Honduras, Zambia and Serbia.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The default pipeline."""
    from eventcoder.pipeline import default_pipeline

    return default_pipeline()


def _typed(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipe(Article(id="b", text=text, published="2023-06-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text, typed", [
    ("Police cleared a protest camp outside the parliament in Tbilisi on Saturday, detaining 40 "
     "people.\n\nThe demonstrators, who arrived in March to oppose a foreign agents law, had "
     "blocked the avenue with tents and cars.", ("Protests", "Protest with intervention")),
    ("Teachers marched peacefully through Arequipa on Monday to demand higher pay.\n\nLast year "
     "the union's members had blocked the Pan-American highway for a week.",
     ("Protests", "Peaceful protest")),
    ("Hundreds of pensioners rallied outside the labour ministry in Belgrade on Thursday against "
     "a pension freeze.\n\nIn the spring, the same groups had blocked bridges and burned tyres.",
     ("Protests", "Peaceful protest")),
])
def test_a_past_perfect_deed_after_the_lead_is_background(pipe: Pipeline, text: str,
                                                          typed: tuple[str, str]) -> None:
    """Earlier road blocks told in the past perfect leave the day's protest as it was."""
    assert _typed(pipe, text) == typed, text


@pytest.mark.parametrize("text", [
    "Police said protesters had blocked the main road and burned tyres in Eldoret on Tuesday "
    "before officers dispersed them.",
    "Protesters blocked the main road to the airport in San Pedro Sula on Wednesday and burned "
    "tyres, demanding the president's resignation.",
])
def test_the_days_own_road_blocks_stay_a_riot(pipe: Pipeline, text: str) -> None:
    """The lead's or reported speech's blocking and burning: a violent demonstration."""
    assert _typed(pipe, text) == ("Riots", "Violent demonstration"), text


def test_riot_police_make_no_riot(pipe: Pipeline) -> None:
    """ "Riot police arrested ...": an arrest by police, no riot."""
    text = "Riot police arrested five opposition supporters in Ndola on Friday."
    assert _typed(pipe, text) == ("Strategic developments", "Arrests"), text
