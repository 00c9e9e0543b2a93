"""Soldiers and police attacked off duty are civilians of their country; on duty, or as the
doers, they stay their force: hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.off_duty import label_off_duty


def event_actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    """(ACLED label or name, role) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("On 4 March 2021, gunmen shot dead an off-duty police officer outside a bakery "
                 "in Palmira, Colombia.", "2021-03-05", "Colombia", id="colombia"),
    pytest.param("On 9 August 2020, militants killed a soldier (off-duty) as he walked home from "
                 "prayers in Jowhar, Somalia.", "2020-08-10", "Somalia", id="somalia"),
    pytest.param("On 1 November 2019, unknown assailants stabbed an off-duty soldier to death in "
                 "a bazaar in Mardan, Pakistan.", "2019-11-02", "Pakistan", id="pakistan"),
    pytest.param("On 13 June 2022, armed men kidnapped two off-duty policemen at a bus stop in "
                 "Zaria, Nigeria.", "2022-06-14", "Nigeria", id="nigeria"),
])
def test_off_duty_victims_are_civilians(pipeline: Any, text: str, published: str,
                                        country: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert (f"Civilians ({country})", "target") in actors
    assert not any(name.startswith(("Police Forces", "Military Forces")) for name, _ in actors)


def test_on_duty_police_stay_police(pipeline: Any) -> None:
    actors = event_actors(pipeline, "On 8 September 2021, gunmen ambushed a police patrol in "
                                    "Sokoto, Nigeria, killing four officers.", "2021-09-09")
    assert any(name.startswith("Police Forces of Nigeria") for name, _ in actors)


def test_off_duty_doers_stay_their_force(pipeline: Any) -> None:
    actors = event_actors(pipeline, "On 4 September 2018, off-duty police officers beat a "
                                    "motorcyclist in Eldoret, Kenya.", "2018-09-05")
    assert any(name.startswith("Police Forces of Kenya") and role == "perpetrator"
               for name, role in actors)


def test_after_the_noun_and_once() -> None:
    text = "Gunmen killed a policeman, who was off duty, and his brother."
    start = text.index("policeman")
    event = Event(id="e", event_type="Violence against civilians")
    event.actors = [
        EventActor(name="Gunmen", acled_name="Unidentified Armed Group (Kenya)",
                   role="perpetrator", start=0, end=6),
        EventActor(name="Civilians (Kenya)", acled_name="Civilians (Kenya)", role="target"),
        EventActor(name="Police Forces of Kenya (2013-2022)",
                   acled_name="Police Forces of Kenya (2013-2022)", role="target",
                   start=start, end=start + len("policeman"))]
    label_off_duty(text, event)
    assert [a.acled_name for a in event.actors] == ["Unidentified Armed Group (Kenya)",
                                                     "Civilians (Kenya)"]


def test_no_named_doer_no_change() -> None:
    # "the army beat an off-duty soldier": the one state actor may be the doer as well
    text = "The army beat an off-duty soldier for wearing boots."
    start = text.index("soldier")
    event = Event(id="e", event_type="Violence against civilians")
    event.actors = [
        EventActor(name="Unidentified Armed Group (Kenya)",
                   acled_name="Unidentified Armed Group (Kenya)", role="perpetrator"),
        EventActor(name="Military Forces of Kenya (2013-2022)",
                   acled_name="Military Forces of Kenya (2013-2022)", role="target",
                   start=start, end=start + len("soldier"))]
    label_off_duty(text, event)
    assert event.actors[1].acled_name == "Military Forces of Kenya (2013-2022)"
