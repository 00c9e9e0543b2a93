"""A defused device planted at a target is an attempted bombing (GTD), a seized cache is not."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The events stage and what finishes its records (the rules type the events)."""
    return Pipeline(stages=("events", "targets", "link"))


def disrupted(pipeline: Pipeline, text: str) -> list[Event]:
    """The report's Disrupted weapons use events."""
    doc = pipeline(Article(id="t", text=text, published="2018-01-15"))
    return [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "A BOMB LEFT OUTSIDE THE FRENCH CONSULATE IN CUENCA WAS DEFUSED TONIGHT BY SOLDIERS.",
    "Police defused an explosive device left outside a bank in Mombasa on Monday.",
])
def test_defused_planted_device_is_an_attempted_bombing(pipeline: Pipeline, text: str) -> None:
    found = disrupted(pipeline, text)
    assert found and all(e.gtd_attack_type == "Bombing/Explosion" for e in found)


@pytest.mark.parametrize("text", [
    "Police seized 50 kg of explosives and three rifles in Garissa on Monday.",
    "Police found explosives hidden in a house in Garissa and defused them on Monday.",
])
def test_seized_or_hidden_explosives_are_no_attack(pipeline: Pipeline, text: str) -> None:
    found = disrupted(pipeline, text)
    assert found and all(e.gtd_attack_type is None for e in found)
