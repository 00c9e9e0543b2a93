"""An airliner seized or a flight commandeered is a hijacking (GTD: "Hijacking"), coded as an
abduction of the people on board (data/event_triggers.yaml: seize/commandeer with an airliner,
jetliner or flight). Summaries 4 (issue #14), texts written for several countries; an aircraft
impounded by customs is no hijacking.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
NOTES = [
    "Two hijackers armed with a pistol and grenades seized an airliner shortly after it took off "
    "from Karachi on Monday.",
    "Three men commandeered a domestic flight from Medan to Jakarta on Monday and forced the "
    "pilot to land in Penang.",
    "Gunmen seized an Indian Airlines flight after it left Kathmandu on Monday and diverted it to "
    "Kandahar.",
    "A man armed with a knife seized a jetliner bound for Istanbul shortly after take-off from "
    "Ankara on Monday.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: triggers and typing."""
    return Pipeline()


@pytest.mark.parametrize("text", NOTES)
def test_seized_airliner_is_a_hijacking(pipe: Pipeline, text: str) -> None:
    """The first event is the abduction of those on board."""
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ABDUCTION


def test_impounded_aircraft_is_no_hijacking(pipe: Pipeline) -> None:
    """Customs officers seizing a drug plane tell no incident of violence."""
    text = "Customs officers seized an aircraft carrying cocaine at an airstrip in Sinaloa on Monday."
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert not any(e.event_type == "Violence against civilians" for e in events)
