"""A crowd's suspects are civilians, and a watchman is private security: hand-written sentences
from several countries. "Villagers lynched two suspected kidnappers" is rioters against
civilians, never against an unidentified armed group; a suspect the crowd did not attack, or
kidnappers who attack, stay an armed group."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.mob_victims import label_mob_victims


def event_actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    """(ACLED label or name, role) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("On 2 August 2021, farmers in a hamlet of Veracruz, Mexico, lynched two suspected "
                 "cattle rustlers they had caught at dawn.", "2021-08-03", "Mexico", id="mexico"),
    pytest.param("On 15 May 2019, an angry mob beat an alleged robber to death near the bus "
                 "park in Mbarara, Uganda.", "2019-05-16", "Uganda", id="uganda"),
    pytest.param("On 19 February 2017, residents of a village near Bauchi, Nigeria, burnt two "
                 "suspected bandits to death.", "2017-02-20", "Nigeria", id="nigeria"),
    pytest.param("On 3 March 2022, a mob lynched a suspected child kidnapper in a village of "
                 "Jharkhand, India.", "2022-03-04", "India", id="india"),
])
def test_a_crowds_suspects_are_civilians(pipeline: Any, text: str, published: str,
                                         country: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert any(name == f"Rioters ({country})" for name, _role in actors)
    assert (f"Civilians ({country})", "target") in actors
    assert not any(name.startswith("Unidentified Armed Group") for name, _role in actors)


def test_kidnappers_who_attack_stay_an_armed_group(pipeline: Any) -> None:
    actors = event_actors(pipeline, "On 9 June 2020, kidnappers abducted a trader on the road "
                                    "from Kaduna to Abuja, Nigeria.", "2020-06-10")
    assert ("Unidentified Armed Group (Nigeria)", "perpetrator") in actors


def _event(kind: str, actors: list[EventActor]) -> Event:
    event = Event(id="e", event_type=kind)
    event.actors = actors
    return event


def test_no_accusation_no_change() -> None:
    # "robbers" a crowd fought with no word of suspicion: the text's reading is kept
    text = "Rioters clashed with robbers in the market."
    event = _event("Riots", [
        EventActor(name="Rioters (Kenya)", acled_name="Rioters (Kenya)", role="perpetrator"),
        EventActor(name="Unidentified Armed Group (Kenya)",
                   acled_name="Unidentified Armed Group (Kenya)", role="target",
                   start=text.index("robbers"), end=text.index("robbers") + 7)])
    label_mob_victims(text, event)
    assert [a.acled_name for a in event.actors] == ["Rioters (Kenya)",
                                                     "Unidentified Armed Group (Kenya)"]


def test_not_a_riot_no_change() -> None:
    text = "Soldiers killed two suspected kidnappers in a raid."
    event = _event("Battles", [
        EventActor(name="Unidentified Armed Group (Kenya)",
                   acled_name="Unidentified Armed Group (Kenya)", role="target",
                   start=text.index("kidnappers"), end=text.index("kidnappers") + 10)])
    label_mob_victims(text, event)
    assert event.actors[0].acled_name == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("On 4 October 2021, a watchman was hacked to death by robbers at a rice "
                 "warehouse in Khulna, Bangladesh.", "2021-10-05", "Bangladesh", id="bangladesh"),
    pytest.param("On 10 June 2020, gunmen shot dead a night guard outside a hotel in Ibadan, "
                 "Nigeria.", "2020-06-11", "Nigeria", id="nigeria"),
    pytest.param("On 22 January 2019, armed men tied up two watchmen and looted a coffee "
                 "plantation near Matagalpa, Nicaragua.", "2019-01-23", "Nicaragua",
                 id="nicaragua"),
])
def test_a_watchman_is_private_security(pipeline: Any, text: str, published: str,
                                        country: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert any(name == f"Private Security Forces ({country})" for name, _role in actors)
