"""Deaths in accidents, disasters or a whole war, a record's toll, attacks on ideas and weapons in
stock are no incidents."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The events stage and what finishes its records (no typer: the rules alone)."""
    return Pipeline(stages=("events", "targets", "link"))


def run(pipeline: Pipeline, text: str, published: str = "1989-10-22") -> Document:
    """Process one hand-written report."""
    return pipeline(Article(id="t", text=text, published=published))


NO_INCIDENT = [
    "THE CRASH KILLED 120 OF THE 137 PASSENGERS WHO WERE TRAVELLING TO TEGUCIGALPA AND HOUSTON.",
    "At least 80 percent of the 130 passengers who were killed in today's crash of a Boeing 727 "
    "were foreigners.",
    "Argentina hopes for the lifting of the zone imposed by Britain after the 10-week war, which "
    "killed more than 1,000 people.",
    "Twelve people died in the earthquake that struck Van province on Tuesday.",
    "THIS U.S. INTERVENTION CONSTITUTES A DIRECT ATTACK ON THE REGION'S PROCESS OF "
    "DEMOCRATIZATION AND PEACE.",
    "The minister called the new media law an attack on press freedom.",
    "A POLICE OFFICER STRESSED THAT THE WEAPONS -- 348 AK-47 RIFLES, 118 AUTOMATIC PISTOLS AND "
    "29 GRENADE LAUNCHERS -- WERE FOUND IN A TRUCK.",
    "They were waiting for a shipment of 400 cluster bombs produced in Chile.",
    "POLITICAL VIOLENCE IN PERU, WHICH WAS UNLEASHED BY THE SHINING PATH IN 1980, HAS KILLED MORE "
    "THAN 15,000 PEOPLE.",
    "Thanks to this assistance, 70,000 Salvadorans have been killed.",
    "The violent events in Venezuela earlier in the year, which resulted in thousands killed, are "
    "an indication of what will happen.",
]

INCIDENT = [
    "Fighting killed ten soldiers near Kidal on Monday.",
    "Gunmen killed 14 people on the Nairobi-Mombasa highway on Sunday.",
    "Gunmen attacked the offices of a newspaper in Karachi on Monday.",
    "REBELS ATTACKED THE TOWN HALL OF APARTADO ON SUNDAY, KILLING TWO POLICEMEN.",
    "A grenade exploded in a market in Bujumbura on Sunday, wounding six people.",
    "Boko Haram fighters killed more than 100 villagers in an attack on Gamboru on Monday.",
    "On 6 May 2020, rebel forces fired grenade launchers at the governmental positions near "
    "Popasna, Luhansk.",
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_accident_war_or_idea_is_no_incident(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events == []


@pytest.mark.parametrize("text", INCIDENT)
def test_attacks_and_battles_stay_incidents(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events


@pytest.mark.parametrize(("text", "cause"), [
    ("The rebellion, which killed thousands of villagers in the north, ended with the 2003 accord.",
     True),
    ("Floods in the Shire valley killed 14 people in Chikwawa district on Tuesday.", True),
    ("Gunmen killed 14 people in a market in Chikwawa district on Tuesday.", False),
    ("Two soldiers were killed in the insurgency's latest raid near Palma on Tuesday.", False),
    ("Eleven miners died in the landslide at the Hpakant jade mines in Kachin on Thursday.", True),
])
def test_campaign_as_subject_or_accident_as_cause(text: str, cause: bool) -> None:
    from eventcoder.extract.events.causes import killed_by_no_attack  # noqa: PLC0415
    from eventcoder.nlp.model import load_nlp  # noqa: PLC0415
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ in {"kill", "die"})
    assert killed_by_no_attack(verb) is cause
