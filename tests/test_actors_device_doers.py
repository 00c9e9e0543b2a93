"""A planted or thrown device nobody is named for is an unidentified armed group's, even when a
named armed group or force is what it hit: hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.device_doers import add_device_doer


def event_actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    """(ACLED label or name, role) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("An improvised explosive device exploded against a vehicle of the GATIA militia "
                 "near Menaka on Tuesday, wounding two of its fighters.", "2019-03-06", "Mali",
                 id="mali-armed-group-hit"),
    pytest.param("A roadside bomb hit a vehicle carrying Ahlu Sunna Wal Jamaa fighters near "
                 "Guriel on Thursday, killing one.", "2020-02-13", "Somalia", id="somalia-militia-hit"),
    pytest.param("A landmine exploded under a patrol of the Civilian Joint Task Force near Bama on "
                 "Sunday, killing two members.", "2017-08-27", "Nigeria", id="nigeria-vigilantes-hit"),
    pytest.param("A hand grenade was thrown at the house of an Imbonerakure leader in Ngozi on "
                 "Tuesday, wounding five.", "2018-04-04", "Burundi", id="burundi-party-youth-hit"),
    pytest.param("A landmine struck a truck carrying ADF rebels near Beni on Monday, killing four "
                 "of them.", "2017-10-02", "Democratic Republic of Congo", id="drc-rebels-hit"),
])
def test_device_with_no_doer_named(pipeline: Any, text: str, published: str,
                                   country: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert (f"Unidentified Armed Group ({country})", "perpetrator") in actors


def test_named_bomber_and_fire_from_afar_get_no_placeholder(pipeline: Any) -> None:
    actors = event_actors(pipeline, "Al Shabaab militants planted a roadside bomb that killed two "
                          "soldiers near Afgoye on Friday.", "2018-01-20")
    assert not any(name.startswith("Unidentified Armed Group") for name, _ in actors)
    # a group named as the likely layer of the mines, not as what they hit, may be the doer
    ev = Event(id="e", event_type="Explosions/Remote violence")
    ev.actors = [EventActor(name="Civilians (Mali)", acled_name="Civilians (Mali)", role="target"),
                 EventActor(name="JNIM", acled_name="JNIM", role="other", start=70, end=74)]
    text = "A herder was killed by a landmine near Boni. Mines there were left by JNIM fighters."
    assert text[70:74] == "JNIM"
    add_device_doer(text, ev)
    assert len(ev.actors) == 2
    # a group killed by its own mines is no victim of an unknown bomber
    text = "Two Taliban fighters were killed when a landmine they were laying exploded near Ghazni."
    ev = Event(id="e", event_type="Explosions/Remote violence")
    ev.actors = [EventActor(name="Taliban", acled_name="Taliban", role="target", start=4, end=11)]
    add_device_doer(text, ev)
    assert len(ev.actors) == 1
    ev = Event(id="e", event_type="Explosions/Remote violence")
    ev.actors = [EventActor(name="Military Forces of Yemen", acled_name="Military Forces of Yemen",
                            role="target")]
    add_device_doer("Drones dropped explosive devices on an army post near Marib.", ev)
    assert len(ev.actors) == 1
    ev.event_type = "Battles"
    add_device_doer("A grenade was thrown at an army post near Marib.", ev)
    assert len(ev.actors) == 1
