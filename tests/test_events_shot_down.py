"""A drone or missile shot down in flight is disrupted weapons use (ACLED codebook); a person
"shot down" is a shooting."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "On 12 March 2021, army air defence units shot down a drone launched by rebels over the port "
    "city of Hodeidah.",
    "On 3 June 2019, Syrian government forces said they had shot down two armed drones near the "
    "Hmeimim airbase.",
    "On 2 January 2023, Azerbaijani forces downed an Armenian reconnaissance drone near Lachin.",
    "Nigerian troops brought down a surveillance drone flown by insurgents near Baga on Friday.",
    "On 20 August 2022, Ukrainian air defences shot down three cruise missiles over the Odesa "
    "region.",
])
def test_a_weapon_shot_down_in_flight_is_disrupted_weapons_use(text: str) -> None:
    """The rules read the note's first event as disrupted weapons use."""
    events = Pipeline(stages=["events"])(Article(id="d", text=text)).events
    assert (events[0].event_type, events[0].sub_event_type) == (
        "Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "On 9 October 2021, gunmen shot down a police officer in the market of Maiduguri.",
    "Bandits shot down two traders on the highway near Gusau on 4 May 2020.",
])
def test_a_person_shot_down_is_no_disrupted_weapons_use(text: str) -> None:
    """'Shot down' with a person as its object stays a shooting."""
    events = Pipeline(stages=["events"])(Article(id="d", text=text)).events
    assert events and all(e.sub_event_type != "Disrupted weapons use" for e in events)
