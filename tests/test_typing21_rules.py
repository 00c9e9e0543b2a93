"""Type-21 rules: what the language says about the kind of event, on sentences written for them.

- A riot whose crowd throws things at or fights the police or troops as a body, hurting no one
  else, is a violent demonstration, not mob violence (``typer.riot_at_forces``).
Sentences written for several countries and outlets; none is taken from the dev or fixture data.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

AT_FORCES = [
    "Hooded youths hurled stones at riot police and torched three cars in a suburb of Lyon on "
    "the night of 3 July 2021, the prefecture said.",
    "Rioters threw bottles and fireworks at police and set a bus alight in Leicester on 17 "
    "September 2022. Sixteen officers were hurt.",
    "Residents of Mathare pelted police with rocks and burnt tyres on 11 August 2022 after a "
    "disputed tally in Nairobi.",
    "A crowd of several hundred threw petrol bombs at the gendarmerie and looted shops in "
    "Mamoudzou, Mayotte, on 22 November 2022.",
]

STILL_MOB = [
    # the crowd hurt people other than the forces: a mob
    "A crowd threw stones at police and beat a shopkeeper to death in Kano on 6 March 2021.",
    # a couple of counted soldiers: a quarrel with some men, as political_crowd reads it
    "Youths in a Goma market threw stones at two soldiers on 8 April 2022 after a quarrel.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return Pipeline(stages=("events", "typing", "dates"))


def _typed(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipe(Article(id="t", text=text, published="2022-12-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text", AT_FORCES)
def test_crowd_at_the_forces_is_a_violent_demonstration(pipe: Pipeline, text: str) -> None:
    """Missiles thrown at the police as a body: Riots / Violent demonstration."""
    assert _typed(pipe, text) == ("Riots", "Violent demonstration"), text


@pytest.mark.parametrize("text", STILL_MOB)
def test_crowd_that_hurt_others_is_no_demonstration(pipe: Pipeline, text: str) -> None:
    """Harm to anyone but the forces, or a few counted soldiers: not made a demonstration."""
    assert _typed(pipe, text) != ("Riots", "Violent demonstration"), text
