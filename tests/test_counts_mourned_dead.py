"""The dead a gathering mourns are its cause, not its toll: "a demonstration at the funeral of a
student who was shot last week" counts no one; deaths at the funeral itself still count.
Sentences written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

MOURNED: list[str] = [
    "On 8 May 2021, hundreds of mourners marched through Kisumu at the funeral of a student "
    "who was shot dead by police last week.",
    "On 14 March 2019, youths rioted in Gulu at the burial of a motorcycle taxi rider killed by "
    "soldiers, burning tyres on the main road.",
    "On 2 October 2020, a rally was held during the funeral ceremony of Selin Arslan, a member "
    "of a student union, who died the day before after a hunger strike. Police dispersed it.",
    "On 21 June 2022, residents of Soweto held a candlelight vigil for the nine men who were "
    "shot dead at a tavern at the weekend.",
]

AT_THE_FUNERAL: list[tuple[str, int]] = [
    ("On 8 May 2021, police opened fire on mourners at the funeral of an activist in Conakry, "
     "killing two.", 2),
]


def _dead(pipeline: Pipeline, text: str) -> int | None:
    events = pipeline(Article(id="t", text=text, published="2023-01-01")).events
    assert events, text
    return events[0].fatalities.best if events[0].fatalities else None


@pytest.mark.parametrize("text", MOURNED)
def test_mourned_dead_are_no_toll(pipeline: Pipeline, text: str) -> None:
    """Whom the crowd mourns was killed before: no fatality of the gathering."""
    assert not _dead(pipeline, text), text


@pytest.mark.parametrize(("text", "dead"), AT_THE_FUNERAL)
def test_deaths_at_the_funeral_count(pipeline: Pipeline, text: str, dead: int) -> None:
    """People killed at the gathering itself are its toll."""
    assert _dead(pipeline, text) == dead, text
