"""Deaths told as lives lost, and small clauses after 'left': "Two passengers lost their lives",
"clashes left a dozen people dead". Losing homes or a vote counts no one. Sentences written for
several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

DEATHS: list[tuple[str, int]] = [
    ("On 12 June 2021, gunmen attacked a bus near Gusau, Zamfara. Two passengers lost their "
     "lives.", 2),
    ("On 4 May 2022, at least nine people lost their lives when militants stormed a hotel in "
     "Kismayo.", 9),
    ("On 2 March 2020, troops repelled an attack on their base in Diffa, killing 17 insurgents. "
     "One soldier lost his life.", 18),
    ("On 19 August 2023, clashes between two gangs in Croix-des-Bouquets left a dozen people "
     "dead.", 12),
    ("On 7 November 2019, a raid on an army post near Menaka left several soldiers dead.", 3),
]

NO_DEATHS: list[str] = [
    "On 12 June 2021, gunmen raided a village near Bukkuyum, Zamfara. Forty families lost "
    "their homes.",
    "On 3 April 2022, protesters blocked roads in Lima after the ruling party lost the vote.",
]


def _fatalities(pipeline: Pipeline, text: str) -> int | None:
    events = pipeline(Article(id="t", text=text, published="2024-01-01")).events
    assert events, text
    found = events[0].fatalities
    return None if found is None else found.best


@pytest.mark.parametrize(("text", "dead"), DEATHS)
def test_lives_lost_and_left_dead_count(pipeline: Pipeline, text: str, dead: int) -> None:
    """The dead are counted however the sentence tells them."""
    assert _fatalities(pipeline, text) == dead, text


@pytest.mark.parametrize("text", NO_DEATHS)
def test_other_losses_count_no_one(pipeline: Pipeline, text: str) -> None:
    """Homes or a vote lost are no deaths."""
    assert not _fatalities(pipeline, text), text
