"""Crowd control by the state on a gathering is a protest with intervention, not an attack.

Tear gas, water cannon, rubber bullets or shots fired into the air are used on gathered people:
ACLED codes the event Protests / Protest with intervention; Excessive force against protesters
when someone is killed; Riots / Violent demonstration when the crowd itself was violent. The
same means aimed at people who are no gathering (farmers in their fields, a school) stay an
attack, and so do killings told with no sign of a gathering. Sentences written for several
countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, event type, sub-event type)
NOTES: list[tuple[str, str, str]] = [
    ("Police in Quito fired tear gas at supporters of the jailed mayor on 14 March 2023.",
     "Protests", "Protest with intervention"),
    ("Riot police fired rubber bullets and tear gas at textile workers demanding their overdue "
     "salaries in Gazipur on 8 November 2023.", "Protests", "Protest with intervention"),
    ("Police fired tear gas to disperse market vendors in Mbale, Uganda, on 3 March 2022.",
     "Protests", "Protest with intervention"),
    ("Security forces fired shots in the air to scatter opposition supporters gathered outside "
     "the party offices in Bamako on 2 June 2022.", "Protests", "Protest with intervention"),
    ("Police used a water cannon on mourners who had gathered outside the hospital in Tbilisi "
     "on 9 April 2023.", "Protests", "Protest with intervention"),
    ("Police fired tear gas at supporters of the opposition candidate in Blantyre on 4 July "
     "2022; the crowd responded by throwing stones and torching a police post.",
     "Riots", "Violent demonstration"),
    ("Police shot dead two students who were demanding the reopening of their campus in El "
     "Obeid on 1 April 2022.", "Protests", "Excessive force against protesters"),
]

ATTACKS: list[str] = [
    "Soldiers fired tear gas at farmers working in their fields near Jenin on 3 May 2022.",
    "Police fired tear gas into a primary school in Eldoret on 3 May 2022, injuring five pupils.",
    "Soldiers shot dead three traders at a market in Gwoza on 2 May 2022.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return Pipeline(stages=("events", "typing", "dates"))


def _typed(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipe(Article(id="t", text=text, published="2024-02-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), NOTES)
def test_crowd_control_is_a_protest(pipe: Pipeline, text: str, event_type: str,
                                    sub_event_type: str) -> None:
    """Crowd control on a gathering: the protest, or the riot when the crowd was violent."""
    assert _typed(pipe, text) == (event_type, sub_event_type), text


@pytest.mark.parametrize("text", ATTACKS)
def test_no_gathering_stays_an_attack(pipe: Pipeline, text: str) -> None:
    """The same means on people who were no gathering: Violence against civilians / Attack."""
    assert _typed(pipe, text) == ("Violence against civilians", "Attack"), text
