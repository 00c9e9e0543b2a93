"""Weapons the doers were armed with are not weapons seized: "Two hijackers armed with a pistol
and grenades seized an airliner" is no haul of arms taken (disrupted weapons use). The participle
describing a participant ("armed", lemma "arm") no longer counts as the object a trigger needs
(extract/events/triggers.py ``_context_lemmas``). Summaries 4 (issue #14), texts written for
several countries; weapons the police seized stay disrupted weapons use.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

DISRUPTED = ("Strategic developments", "Disrupted weapons use")
ARMED_DOERS = [
    "Two hijackers armed with a pistol and grenades seized an airliner shortly after it took off "
    "from Karachi on Monday.",
    "Gunmen armed with rifles seized a bus carrying pilgrims near Quetta on Monday.",
    "Militants armed with assault rifles seized a school in Beslan on Wednesday and held "
    "hundreds of children hostage.",
]
HAULS = [
    "Police seized 12 rifles and three grenades from a house in Mombasa on Monday.",
    "Soldiers seized weapons and ammunition from an armed group in Goma on Monday.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: triggers and typing."""
    return Pipeline()


@pytest.mark.parametrize("text", ARMED_DOERS)
def test_armed_doers_seize_no_weapons(pipe: Pipeline, text: str) -> None:
    """What the doers were armed with is no weapons seizure."""
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) != DISRUPTED


@pytest.mark.parametrize("text", HAULS)
def test_weapons_seized_stay_disrupted(pipe: Pipeline, text: str) -> None:
    """Weapons the police or army seized are still disrupted weapons use."""
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == DISRUPTED
