"""A group named only as the supposed owner of a device a strike aimed at is no target; its
people are. Hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.suspected_devices import demote_supposed_owners


@pytest.mark.parametrize(("text", "published", "group"), [
    pytest.param("A US drone strike in Kabul on Sunday targeting a suspected IS-K car bomb killed "
                 "ten members of one family.", "2021-08-29", "Islamic State", id="afghanistan"),
    pytest.param("An airstrike targeting a suspected al-Shabaab vehicle bomb near Kismayo killed "
                 "two civilians on Friday.", "2019-03-02", "Al Shabaab", id="somalia"),
    pytest.param("Troops fired on a car believed to be a Boko Haram bomb near Maiduguri, killing "
                 "its driver.", "2017-06-05", "Boko Haram", id="nigeria"),
])
def test_supposed_owner_of_a_device_is_no_target(pipeline: Any, text: str, published: str,
                                                 group: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    roles = [a.role for a in event.actors if group in (a.acled_name or a.name)]
    assert "target" not in roles, [(a.acled_name, a.role) for a in event.actors]


def test_a_groups_people_stay_targets() -> None:
    text = "Soldiers shot dead a suspected ISWAP suicide bomber near a camp in Borno."
    start = text.index("ISWAP")
    ev = Event(id="e", event_type="Battles")
    ev.actors = [EventActor(name="ISWAP", acled_name="ISWAP", role="target", start=start,
                            end=start + 5)]
    demote_supposed_owners(text, ev)
    assert ev.actors[0].role == "target"
    text = "Jets struck suspected Houthi fighters near a port in Hodeidah on Monday."
    start = text.index("Houthi")
    ev.actors = [EventActor(name="Houthis", acled_name="Houthis", role="target", start=start,
                            end=start + 6)]
    demote_supposed_owners(text, ev)
    assert ev.actors[0].role == "target"
