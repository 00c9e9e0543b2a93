"""A state named as the attacker is no scene: "India carried out an air strike near Balakot,
Pakistan" happened in Pakistan. A country that strikes, bombs or launches strikes is its forces
acting, often abroad; the place the strike hit decides. Sentences written for several states.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, str]] = [
    ("On 26 February 2019, India carried out an air strike on a militant camp near Balakot, "
     "Pakistan.", "Pakistan"),
    ("On 14 May 2021, Israel bombed a house in the Shati camp, Gaza, killing ten people.",
     "Palestine"),
    ("On 3 January 2024, Turkey launched drone strikes on oil fields near Qamishli, Syria.",
     "Syria"),
    ("On 7 March 2022, Ethiopia bombed a market near Adwa, Tigray, killing six people.",
     "Ethiopia"),
]


@pytest.mark.parametrize(("text", "country"), CASES)
def test_attacking_state_is_no_scene(pipeline: Pipeline, text: str, country: str) -> None:
    """The country of the place struck, not of the state striking, is the event's."""
    events = pipeline(Article(id="t", text=text, published="2024-06-01")).events
    assert events and events[0].location is not None, text
    assert events[0].location.country == country, (text, events[0].location)
