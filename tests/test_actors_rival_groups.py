"""Unnamed clans, communities and peoples fighting each other are that kind's unidentified
militia, on both sides of a battle: hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.rival_groups import label_rival_groups


def event_actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    """(ACLED label or name, role) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Three people were killed in inter-clan clashes near Beled Hawo on Sunday.",
                 "2020-05-11", "Unidentified Clan Militia (Somalia)", id="somalia-inter-clan"),
    pytest.param("Fighting between two rival clans over grazing land left four dead in Wajir "
                 "county on Friday.", "2019-06-08", "Unidentified Clan Militia (Kenya)",
                 id="kenya-rival-clans"),
    pytest.param("Intercommunal clashes in Bokoro left five dead and several huts burnt, local "
                 "officials said.", "2017-11-04", "Unidentified Communal Militia (Chad)",
                 id="chad-intercommunal"),
])
def test_both_sides_of_an_unnamed_fight(pipeline: Any, text: str, published: str,
                                        label: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert [name for name, _ in actors].count(label) == 2
    assert not any(name.startswith(("Unidentified Armed Group", "Civilians")) for name, _ in actors)


def test_attack_in_a_family_feud_is_the_communal_militia(pipeline: Any) -> None:
    actors = event_actors(pipeline, "A feud between two families in Baalbek turned deadly on "
                          "Friday when gunmen from one family shot dead a man from the other.",
                          "2020-04-03")
    names = [name for name, _ in actors]
    assert "Unidentified Communal Militia (Lebanon)" in names
    assert not any(name.startswith("Unidentified Armed Group") for name in names)


def _event(event_type: str, *actors: tuple[str, str, str | None]) -> Event:
    ev = Event(id="e", event_type=event_type)
    ev.actors = [EventActor(name=n, acled_name=n, role=r, mention=m) for n, r, m in actors]
    return ev


def test_ethnic_clash_names_the_ethnic_militia() -> None:
    ev = _event("Battles", ("Unidentified Armed Group (Uganda)", "perpetrator", "attackers"),
                ("Civilians (Uganda)", "target", "people"))
    label_rival_groups("Two people died in inter-tribal fighting over cattle in Kotido.", ev)
    assert [a.acled_name for a in ev.actors] == ["Unidentified Ethnic Militia (Uganda)"] * 2


def test_named_victims_and_named_militias_stay() -> None:
    # victims the text names by their trade stay civilians in an attack on them
    ev = _event("Violence against civilians",
                ("Unidentified Armed Group (Nigeria)", "perpetrator", "gunmen"),
                ("Civilians (Nigeria)", "target", "farmers"))
    label_rival_groups("Gunmen killed four farmers in a feud between two rival communities "
                       "near Wukari.", ev)
    assert [a.acled_name for a in ev.actors] == ["Unidentified Communal Militia (Nigeria)",
                                                 "Civilians (Nigeria)"]
    # a community the text names keeps its own label
    ev = _event("Battles", ("Dagomba Ethnic Militia (Ghana)", "perpetrator", "Dagomba youths"),
                ("Unidentified Armed Group (Ghana)", "target", "attackers"))
    label_rival_groups("Inter-ethnic clashes in Yendi left two dead.", ev)
    assert [a.acled_name for a in ev.actors] == ["Dagomba Ethnic Militia (Ghana)",
                                                 "Unidentified Armed Group (Ghana)"]


def test_no_fight_between_kinds_leaves_the_actors() -> None:
    # soldiers fighting gunmen, and a riot between clans, are none of this rule's
    ev = _event("Battles", ("Military Forces of Mali", "perpetrator", "soldiers"),
                ("Unidentified Armed Group (Mali)", "target", "gunmen"))
    label_rival_groups("Soldiers repelled gunmen who attacked a checkpoint near Tessit.", ev)
    assert [a.acled_name for a in ev.actors][1] == "Unidentified Armed Group (Mali)"
    ev = _event("Riots", ("Rioters (Kenya)", "perpetrator", "youths"),
                ("Unidentified Armed Group (Kenya)", "target", "attackers"))
    label_rival_groups("Youths from two rival clans threw stones at each other in Isiolo.", ev)
    assert [a.acled_name for a in ev.actors] == ["Rioters (Kenya)", "Unidentified Armed Group (Kenya)"]
