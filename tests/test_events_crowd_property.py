"""Property a crowd destroyed is a riot; property armed men or police destroyed stays looting."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """The trigger rules and the typer, whose codebook rules run after the model."""
    return Pipeline(stages=("events", "typing"))


def _types(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    event = primary_event(pipeline(Article(id="t", text=text, published="2022-05-04")))
    assert event is not None, text
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # no doer named, the crowd or its gathering is in the sentence
        ("A clinic was set alight and two men arrested for public violence after a march "
         "in Rustenburg.", "Violent demonstration"),
        ("Shops were burnt down in Kisii town overnight as irate youths roamed the streets.",
         "Mob violence"),
        ("In Chitungwiza, a beer hall was burnt down by angry residents during the night.", None),
    ],
)
def test_property_destroyed_around_a_crowd_is_a_riot(events_pipeline: Pipeline, text: str,
                                                     sub_event_type: str | None) -> None:
    """No one hurt, a crowd or a demonstration named: ACLED codes the destruction as a riot."""
    event_type, sub = _types(events_pipeline, text)
    assert event_type == "Riots"
    if sub_event_type is not None:
        assert sub == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Police torched dozens of huts in a settlement near Nakuru during an eviction.",
        "Bandits looted cattle and burned granaries in a village in Zamfara.",
        "Unknown people broke into a church in Enugu and stole the offering.",
        # a crowd word that names a place ("student dormitory") names no crowd
        "Unknown arsonists set fire to a private student dormitory in Izmir overnight.",
    ],
)
def test_property_destroyed_by_forces_or_thieves_stays_looting(events_pipeline: Pipeline,
                                                                text: str) -> None:
    """A state or armed doer, or no crowd at all, keeps the strategic looting reading."""
    assert _types(events_pipeline, text) == (
        "Strategic developments", "Looting/property destruction")
