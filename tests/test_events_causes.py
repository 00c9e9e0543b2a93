"""Deaths in accidents, disasters or a whole war, a record's toll, crime statistics, attacks on
ideas and weapons in stock are no incidents."""

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
    "THE BUS ACCIDENT KILLED 31 OF THE 44 PILGRIMS HEADING FOR QUITO AND GUAYAQUIL.",
    "Nearly half of the 58 travellers who were killed in Sunday's crash of an Antonov 26 "
    "were aid workers.",
    "Eritrea hopes for the lifting of the blockade imposed after the two-year war, which "
    "killed more than 70,000 people.",
    "Twelve people died in the earthquake that struck Van province on Tuesday.",
    "THIS EMBARGO CONSTITUTES A FRONTAL ATTACK ON THE NATION'S PEACE PROCESS AND ITS "
    "YOUNG DEMOCRACY.",
    "The minister called the new media law an attack on press freedom.",
    "AN ARMY SPOKESMAN STRESSED THAT THE ARMS -- 212 RIFLES, 64 MACHINE PISTOLS AND 17 ROCKET "
    "LAUNCHERS -- WERE FOUND IN A WAREHOUSE.",
    "The rebels were expecting a shipment of 250 hand grenades made in Bulgaria.",
    "THE INSURGENCY IN NEPAL, WHICH THE MAOISTS LAUNCHED IN 1996, HAS KILLED MORE THAN 13,000 "
    "PEOPLE.",
    "Thanks to those arms sales, 40,000 Yemenis have been killed.",
    "The violent events in Bolivia last spring, which left thousands killed, are a warning of "
    "what may follow, the bishop wrote.",
    # crime statistics and a record's dead counted after 'of'
    "Police figures show that 142 murders were reported in Karachi in September.",
    "The commission said 31 assassinations of local officials were blamed on the militia.",
    "The new charter was written in the shadow of the killing of over 70,000 Guatemalans.",
]

INCIDENT = [
    "Fighting killed ten soldiers near Kidal on Monday.",
    "Gunmen killed 14 people on the Nairobi-Mombasa highway on Sunday.",
    "Gunmen attacked the offices of a newspaper in Karachi on Monday.",
    "REBELS ATTACKED THE TOWN HALL OF APARTADO ON SUNDAY, KILLING TWO POLICEMEN.",
    "A grenade exploded in a market in Bujumbura on Sunday, wounding six people.",
    "Boko Haram fighters killed more than 100 villagers in an attack on Gamboru on Monday.",
    "On 12 March 2021, separatist fighters shelled army trenches with mortars close to "
    "Popasna, Luhansk.",
    "Gunmen kidnapped 15 passengers from a bus near Zamfara on Tuesday.",
    "Two bombings rocked markets in Lagos and Kano on Monday.",
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
    ("Four soldiers died in the insurgency's latest raid near Palma on Tuesday.", False),
    ("Eleven miners died in the landslide at the Hpakant jade mines in Kachin on Thursday.", True),
])
def test_campaign_as_subject_or_accident_as_cause(text: str, cause: bool) -> None:
    from eventcoder.extract.events.causes import killed_by_no_attack  # noqa: PLC0415
    from eventcoder.nlp.model import load_nlp  # noqa: PLC0415
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lemma_ in {"kill", "die"})
    assert killed_by_no_attack(verb) is cause
