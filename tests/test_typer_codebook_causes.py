"""A looting with deaths is an attack, unless the death came before the deed and set it off."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def typing_pipeline() -> Pipeline:
    """The events and typing stages."""
    return Pipeline(stages=("events", "typing"))


@pytest.mark.parametrize("text", [
    "On 1 May 2021, motorcycle taxi riders burnt two cars in Bafoussam after a road accident that "
    "killed one of their colleagues.",
    "On 3 June 2019, angry traders looted a warehouse in Kano following a fire that killed a "
    "watchman.",
])
def test_a_death_that_set_the_looting_off_makes_no_attack(typing_pipeline: Pipeline,
                                                         text: str) -> None:
    """The death is the cause, not part of the deed: no violence against civilians."""
    events = typing_pipeline(Article(id="c", text=text)).events
    assert events and all(e.event_type != "Violence against civilians" for e in events)


@pytest.mark.parametrize("text", [
    "On 12 May 2020, gang members looted shops in Port-au-Prince and killed four people.",
    "Gunmen looted a village store near Zurmi on 2 March 2021; three villagers were killed.",
])
def test_looters_who_kill_commit_an_attack(typing_pipeline: Pipeline, text: str) -> None:
    """Deaths in the looting make it an attack."""
    events = typing_pipeline(Article(id="c", text=text)).events
    assert (events[0].event_type, events[0].sub_event_type) == (
        "Violence against civilians", "Attack")
