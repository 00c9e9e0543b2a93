"""Grenades thrown into a crowd that is rallying: a grenade attack, not a protest. The protest
verb is a participle on the people struck ("into a crowd of supporters rallying outside
parliament", "at workers protesting outside a factory"), so it names who was hit, like "during
a rally" (extract/events/incident_clusters.py ``_scene``). Summaries 4 (issue #14), texts
written for several countries; the police's stun grenades on a protest stay a protest.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

GRENADE = ("Explosions/Remote violence", "Grenade")
NOTES = [
    "Assailants threw four grenades into a crowd of opposition supporters rallying outside the "
    "parliament in Dhaka on Monday. At least 16 people were killed.",
    "Unidentified men hurled two grenades into a crowd of students demonstrating outside the "
    "university in Kathmandu on Monday, wounding 30.",
    "A man threw a grenade among opposition supporters marching through the centre of Bujumbura "
    "on Monday, killing two people.",
    "Attackers lobbed a grenade into a rally of the ruling party in Kampala on Monday, killing "
    "three people.",
    "Assailants threw a grenade at workers protesting outside a factory in Chittagong on Monday, "
    "injuring 12.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: incidents and their types."""
    return Pipeline()


@pytest.mark.parametrize("text", NOTES)
def test_grenades_into_a_rally_are_a_grenade_attack(pipe: Pipeline, text: str) -> None:
    """The first event is the grenade attack."""
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == GRENADE


def test_stun_grenades_on_protesters_stay_a_protest(pipe: Pipeline) -> None:
    """The police's stun grenades on students protesting: the protest is the event."""
    text = ("Police threw stun grenades into a crowd of students protesting outside the "
            "university in Dhaka on Monday.")
    event = pipe(Article(id="t", text=text, published="2015-06-01")).events[0]
    assert event.event_type == "Protests"
