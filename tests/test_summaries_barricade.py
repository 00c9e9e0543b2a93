"""A barricade incident (GTD: "Hostage Taking (Barricade Incident)"): armed men seize a building
and hold the people in it hostage. The trigger rules read "seized the ... building" as a group
taking ground, but people held where the group seized a building are a hostage taking, coded as
an abduction (typer/barricade.py); a seized town stays territory. Summaries 4 (issue #14),
texts written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
BARRICADES = [
    "Gunmen seized the chamber of commerce building in San Pedro Sula on Monday and held 105 "
    "people hostage.",
    "Gunmen seized the parliament building in Port of Spain on Friday and held the prime minister "
    "and several ministers hostage.",
    "Armed men seized the offices of the electoral commission in Lahore on Monday and held 20 "
    "staff members hostage.",
    "Militants seized a bank building in Izmir on Monday and held 12 employees hostage.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: the typing reads the triggers and what was seized."""
    return Pipeline()


@pytest.mark.parametrize("text", BARRICADES)
def test_building_seized_with_hostages_is_abduction(pipe: Pipeline, text: str) -> None:
    """A building seized and its people held hostage: an abduction, not territory."""
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ABDUCTION


def test_town_seized_stays_territory(pipe: Pipeline) -> None:
    """A seized town where soldiers were taken hostage is still ground taken."""
    text = "Rebels seized the town of Kidal on Monday and took 30 soldiers hostage."
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert event.event_type == "Battles"
