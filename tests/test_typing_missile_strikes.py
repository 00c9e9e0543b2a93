"""A missile or rocket strike is ACLED's "Shelling/artillery/missile attack", an air or drone
strike its "Air/drone strike"; a country adjective on the missiles names the force that fired
them, not the place they hit. Sentences written for several wars.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

SUB_TYPES: list[tuple[str, str]] = [
    ("A missile strike by Russian forces destroyed a grain silo in Odesa on 9 August 2023.",
     "Shelling/artillery/missile attack"),
    ("On 14 May 2021, a rocket strike by Hamas hit a house in Ashkelon, injuring two people.",
     "Shelling/artillery/missile attack"),
    ("On 3 March 2022, Houthi forces carried out a ballistic missile attack on Marib city.",
     "Shelling/artillery/missile attack"),
    ("On 9 August 2023, a Russian drone strike hit the port of Izmail, Odesa region.",
     "Air/drone strike"),
    ("On 2 February 2023, an airstrike by the Myanmar military hit a village in Magway region.",
     "Air/drone strike"),
]

FORCE_NOT_PLACE: list[tuple[str, str]] = [
    ("On 9 August 2023, Russian missile strikes hit Zaporizhzhia, killing four civilians.",
     "Russia"),
    ("On 20 November 2023, Israeli artillery shelled the outskirts of Khiam, south Lebanon.",
     "Israel"),
]


@pytest.mark.parametrize(("text", "sub_type"), SUB_TYPES)
def test_missiles_are_shelling_aircraft_air(pipeline: Pipeline, text: str, sub_type: str) -> None:
    """The means named on the strike decides its sub-event type."""
    events = pipeline(Article(id="t", text=text, published="2024-01-01")).events
    assert events and events[0].sub_event_type == sub_type, (text, events and events[0].sub_event_type)


@pytest.mark.parametrize(("text", "shooter"), FORCE_NOT_PLACE)
def test_nation_of_the_missiles_is_no_scene(pipeline: Pipeline, text: str, shooter: str) -> None:
    """The country whose missiles or guns fired is not where they hit."""
    events = pipeline(Article(id="t", text=text, published="2024-01-01")).events
    assert events, text
    location = events[0].location
    assert location is None or location.country != shooter, (text, location)
