"""Attacks on an armed force's sites and people read as battles; a bomb stays remote violence.

Hand-written sentences from several countries: the target reading (``extract.roles``) finds the
post, base, checkpoint or convoy that was hit, whatever the voice or the wording, and the rules
and the typer's cues see it.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document
from eventcoder.eval.acled import primary_event
from eventcoder.extract.armed_sites import site_lemmas
from eventcoder.pipeline import Pipeline
from eventcoder.typer.cues import participant_cues


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """The trigger rules alone (no typer): what they read is what the typer gets as features."""
    return Pipeline(stages=("events",))


def run(pipeline: Pipeline, text: str) -> Document:
    """Process one hand-written report."""
    return pipeline(Article(id="t", text=text, published="2024-03-06"))


def cues_of(document: Document) -> list[str]:
    """The typer's participant cues for the document's first event."""
    incident = document.events[0].__dict__["_incident"]
    return participant_cues(list(incident.mentions))


ARMED_TARGETS = [
    # headline passive: a station cannot attack, so it was hit (Niger)
    "Police station in Tillaberi attacked before dawn, gunmen driven off.",
    # the same in Afghanistan, with a second clause
    "Army checkpoint in Kunar attacked overnight, two soldiers wounded.",
    # a light verb the lemmatizer misreads ("staged" → "stag"), Philippines
    "Abu Sayyaf militants staged an assault on a marine detachment in Sulu.",
    # nominal attack on an installation (Nigeria)
    "The attack on the barracks in Maiduguri left three soldiers wounded.",
    # the site as the attack noun's modifier (Mali)
    "The Barkhane convoy attack near Menaka killed two soldiers.",
    # "attack against" after a light verb (Colombia)
    "ELN rebels launched an attack against a military post in Arauca.",
    # object of an attack verb (Nigeria, Afghanistan)
    "Gunmen attacked a police station in Zamfara State and freed detainees.",
    "Taliban fighters attacked a police checkpoint in Helmand province.",
]


@pytest.mark.parametrize("text", ARMED_TARGETS)
def test_attack_on_armed_site_is_battle(events_pipeline: Pipeline, text: str) -> None:
    document = run(events_pipeline, text)
    event = primary_event(document)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert "target=state" in cues_of(document)


def test_site_word_as_modifier_names_no_side(events_pipeline: Pipeline) -> None:
    """A post office is no military post: burning it is no attack on the state."""
    document = run(events_pipeline, "Protesters torched a post office in Lagos on Monday.")
    assert "target=state" not in cues_of(document)
    event = primary_event(document)
    assert event is not None and event.event_type == "Riots"


@pytest.mark.parametrize("text", [
    # Nigeria: the victims belong to a vigilante group (ACLED: a communal militia)
    "Gunmen ambushed a trader and three others belonging to a vigilante group near Tsafe.",
    # Cameroon: a vigilance committee member
    "A vigilance committee member was killed at Kolofata by Boko Haram.",
])
def test_members_of_self_defence_groups_are_armed(events_pipeline: Pipeline, text: str) -> None:
    document = run(events_pipeline, text)
    assert "target=armed" in cues_of(document)


@pytest.mark.parametrize("text", [
    # the soldiers' return fire in a later sentence does not make the bomb an armed assault
    "A roadside bomb exploded near an army checkpoint in Kandahar. Soldiers responded with "
    "gunfire. One soldier was killed.",
    "An IED planted near a police post in Mopti exploded. The police fired in the air. Two "
    "policemen were wounded.",
    "A landmine struck a patrol of the Colombian army in Norte de Santander, wounding three "
    "soldiers.",
    "A remote-controlled device exploded as a police convoy passed in Donetsk. Police returned "
    "fire.",
])
def test_bomb_against_forces_stays_remote(events_pipeline: Pipeline, text: str) -> None:
    event = primary_event(run(events_pipeline, text))
    assert event is not None
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_bomb_within_an_armed_raid_is_battle(events_pipeline: Pipeline) -> None:
    """The lead tells a bomb and a raid on a base together: one armed assault (Somalia)."""
    event = primary_event(run(
        events_pipeline,
        "Militants set off a truck bomb at the gate and then stormed an army base near Mandera. "
        "Six soldiers died."))
    assert event is not None and event.event_type == "Battles"


def test_site_list_is_sourced() -> None:
    assert {"post", "checkpoint", "barracks", "convoy"} <= site_lemmas()


@pytest.mark.parametrize("text", [
    # the agent "by" after a place: a headline passive all the same (Mali, Cameroon)
    "Two soldiers killed near Kidal by unidentified gunmen on Sunday.",
    "Vigilance committee leader shot at Kolofata market by Boko Haram.",
])
def test_headline_passive_with_agent_after_place(events_pipeline: Pipeline, text: str) -> None:
    document = run(events_pipeline, text)
    cues = cues_of(document)
    assert "perp=armed" in cues and ({"target=state", "target=armed"} & set(cues))
    event = primary_event(document)
    assert event is not None and event.event_type == "Battles"



@pytest.mark.parametrize("text", [
    # party members and a community's men fighting are no armed group (Burundi, India)
    "Supporters of the ruling party and opposition members fought each other in Ngozi after a rally.",
    "Hundreds of farmers clashed with Indian Police forces in Ambala during a march.",
])
def test_named_members_are_not_armed_for_it(events_pipeline: Pipeline, text: str) -> None:
    assert "perp=armed" not in cues_of(run(events_pipeline, text))


def test_attached_to_names_no_side_of_a_known_one(events_pipeline: Pipeline) -> None:
    """A police officer attached to a minister's convoy is still police (Nigeria)."""
    document = run(events_pipeline, "Masked men shot dead a police officer attached to the "
                                    "state governor's office in Enugu.")
    assert "target=state" in cues_of(document)

def test_suspected_names_no_side(events_pipeline: Pipeline) -> None:
    """ "suspected Taliban" are Taliban: the hedge is not the noun "a theft suspect"."""
    document = run(events_pipeline,
                   "Two soldiers were killed by suspected Taliban in Kandahar.")
    assert "perp=armed" in cues_of(document)
