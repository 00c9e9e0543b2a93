"""Where a craft had just left is a hijacking's scene: "seized an airliner shortly after it took
off from Athens" happened at Athens, not where the plane was later flown ("shuttled between
Beirut and Algiers"). 'from' after a departure verb in an "after" clause is otherwise an origin
and kept off the event's place (resolve/event_location/cues.py ``just_left``). Summaries 4
(issue #14), texts written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, place of the first event)
NOTES: list[tuple[str, str]] = [
    ("Two hijackers seized an airliner shortly after it took off from Athens, Greece, on a flight "
     "to Rome. The aircraft shuttled between Beirut and Algiers, and the hijackers killed a "
     "passenger on board.", "Athens"),
    ("Four gunmen hijacked a Pakistan International Airlines flight shortly after it took off "
     "from Karachi. The aircraft shuttled between Kabul and Damascus, and the hijackers killed a "
     "diplomat on board.", "Karachi"),
    ("Three men hijacked a domestic flight shortly after it took off from Colombo. The plane "
     "landed in Trichy, and the hijackers shot a crew member on board.", "Colombo"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: the event's place comes from the geocoder."""
    return Pipeline()


@pytest.mark.parametrize(("text", "place"), NOTES)
def test_hijacking_is_placed_where_the_craft_took_off(pipe: Pipeline, text: str,
                                                      place: str) -> None:
    """The first event's place is the town the craft had just left."""
    event = pipe(Article(id="t", text=text, published="1990-06-01")).events[0]
    assert event.location is not None and event.location.name == place
