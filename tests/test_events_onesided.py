"""A battle that is one side striking a target (a GTD attack) against armed sides fighting."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.extract.events.onesided import went_off
from eventcoder.extract.events.triggers import find_mentions
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The events and typing stages (the typer may retype; the GTD reading must hold)."""
    return Pipeline(stages=("events", "typing", "targets", "link"))


def run(pipeline: Pipeline, text: str, published: str = "1989-03-20") -> Document:
    """Process one hand-written report."""
    return pipeline(Article(id="t", text=text, published=published))


def battles(doc: Document) -> list[Event]:
    """The report's Battles events."""
    return [e for e in doc.events if e.event_type == "Battles"]


ATTACKS = [
    "GUERRILLAS ATTACKED THE AIR FORCE HEADQUARTERS IN SAN SALVADOR LAST NIGHT.",
    "Rebels attacked the army garrison in Jalalabad on Tuesday, the ministry said.",
    "Taliban fighters stormed a police checkpoint in Kunduz province overnight, officials said.",
    "AL-SHABAAB MILITANTS ATTACKED A KENYAN MILITARY BASE IN LAMU COUNTY ON FRIDAY.",
]

FIGHTS = [
    "FMLN UNITS CLASHED WITH ARMY TROOPS IN CHALATENANGO, INFLICTING FIVE CASUALTIES.",
    "FMLN COLUMNS ATTACKED ARMY TRENCHES NEAR JUCUAPA, USULUTAN, ON 11 MARCH.",
    "Troops and Tuareg rebels clashed near Kidal on Sunday, leaving six dead.",
    "The army attacked rebel camps near the border on Friday.",
    "Heavy fighting broke out between the army and the ELN near Saravena on Monday.",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_one_sided_attack_on_a_target_keeps_a_gtd_attack_type(pipeline: Pipeline,
                                                              text: str) -> None:
    events = [e for e in run(pipeline, text).events if not e.historical]
    assert events and all(e.gtd_attack_type is not None for e in events)


@pytest.mark.parametrize("text", FIGHTS)
def test_sides_fighting_is_a_battle_without_gtd_attack_type(pipeline: Pipeline,
                                                            text: str) -> None:
    found = battles(run(pipeline, text))
    assert found and all(e.gtd_attack_type is None for e in found)
    assert all("one-sided" in e.notes.get("gtd_attack_type", "") for e in found)


def test_bombing_of_a_business_is_not_part_of_the_fighting(pipeline: Pipeline) -> None:
    text = ("MILITARY SPOKESMEN SAID THAT RAIDS BY THE GUERRILLAS AND HEAVY COMBAT WERE RECORDED "
            "OVERNIGHT IN FOUR PROVINCES. SUSPECTED REBEL URBAN CELLS DETONATED "
            "THREE POWERFUL BOMBS AT A FURNITURE SHOWROOM IN CENTRAL SANTA ANA BEFORE DAWN. "
            "A FIRE BRIGADE REPORT SAID THE DAMAGE IS SEVERE. THE DEFENCE MINISTRY ANNOUNCED "
            "THAT THREE SOLDIERS WERE KILLED IN CLASHES WITH THE FMLN. THE CLASHES TOOK PLACE IN "
            "SAN JOSE GUAYABAL. TWO OTHER SOLDIERS WERE WOUNDED. THE ARMY SAID THE REBELS FLED.")
    events = run(pipeline, text).events
    assert any(e.event_type == "Explosions/Remote violence" for e in events)


WAR_BULLETIN = (
    "Fighting continued in the north of the country on Monday. Troops clashed with rebels near "
    "Chalatenango. The clashes lasted four hours. Five soldiers were wounded. The army said the "
    "rebels retreated to the hills. Military sources said the fighting spread to Usulutan. "
    "Rebels also burned down a health centre in Usulutan, the police said.")


def test_health_centre_set_on_fire_is_its_own_incident_in_a_war_report(pipeline: Pipeline
                                                                        ) -> None:
    events = run(pipeline, WAR_BULLETIN).events
    assert any(e.event_type == "Battles" for e in events) and len(events) >= 2


def test_short_note_keeps_one_incident(pipeline: Pipeline) -> None:
    """A coder's short note tells one event: the clash and what was burnt in it stay one."""
    text = "Troops clashed with rebels near Beni on Monday. The rebels burned down a health centre."
    assert len(run(pipeline, text, "2018-01-16").events) == 1


def test_device_that_went_off_is_never_a_defused_one(pipeline: Pipeline) -> None:
    text = ("A CHARGE BLEW UP THIS EVENING IN A CUSCO HOTEL, AND ANOTHER DEVICE LEFT IN ITS "
            "LOBBY WAS DEFUSED BY AN ARMY BOMB SQUAD. NOBODY WAS HURT.")
    events = run(pipeline, text).events
    assert any(e.event_type == "Explosions/Remote violence" for e in events)


def test_accidental_blast_may_stay_a_strategic_development(pipeline: Pipeline) -> None:
    """ACLED files a premature detonation as a strategic development: the guard stands aside."""
    text = ("Three insurgents died when the roadside bomb they were burying went off "
            "prematurely in Nad Ali district, Helmand, on Sunday.")
    doc = run(pipeline, text, "2020-04-29").spacy_doc
    assert went_off(find_mentions(doc)) is False
    blast = run(pipeline, "A bomb exploded in a restaurant in Lima on Tuesday.").spacy_doc
    assert went_off(find_mentions(blast)) is True
