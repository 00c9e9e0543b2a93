"""Counts read through odd parses and keep other incidents' deaths out."""

from __future__ import annotations

import pytest
from stage_docs import triggered_document

from eventcoder.document import Event
from eventcoder.extract.counts.stage import counts_stage


def run(text: str, triggers: list[str]) -> list[Event]:
    """One event per trigger word (its sentence and mention), then the counts stage."""
    document = triggered_document(text, triggers)
    counts_stage(document)
    return document.events


def killed(text: str, trigger: str) -> int | None:
    """Best fatalities figure of the one event."""
    c = run(text, [trigger])[0].fatalities
    return None if c is None else c.best


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Five men were reported killed in the fighting.", "fighting", 5),
        ("Jihadists gunned down a village chief near Menaka.", "gunned", 1),
        ("Farmer killed in Selea.", "killed", 1),
        ("A suspected thief was burnt to death by a mob.", "burnt", 1),
        ("Police opened fire on the crowd, leaving one killed and four missing.", "opened", 1),
        ("Between 11 and 14 were thought dead after the blast.", "blast", 11),
        ("Police allegedly tortured to death a man from the village.", "tortured", 1),
        ("The attack resulted in the death of five persons.", "attack", 5),
        ("Eleven soldiers were killed. The number was later raised to sixteen.", "killed", 16),
        ("A traditional leader was hanged by the crowd.", "hanged", 1),
        ("A man from the village was found hanged.", "hanged", 1),
        ("Police are investigating the death of an activist.", "death", 1),
        ("Two suicide bombers detonated at a mosque, killing only themselves.", "detonated", 2),
        ("A suicide bomber blew himself up at a checkpoint, killing five soldiers.", "blew", 6),
        ("Protesters hanged a banner on the gate of the ministry.", "Protesters", None),
    ],
)
def test_odd_phrasings(text: str, trigger: str, expected: int) -> None:
    """Death tolls read through unusual phrasings and parses."""
    assert killed(text, trigger) == expected


def test_a_32_year_old_is_one_person() -> None:
    """A 32 year old is one person."""
    assert killed("A 27-year-old herder was lynched by villagers near Kaya.", "lynched") == 1


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("People protested against the killing of a protester by soldiers.", "protested", None),
        ("Residents rioted following the death of a prisoner in custody.", "rioted", None),
        ("A man was lynched by a mob after he killed his neighbour.", "lynched", 1),
    ],
)
def test_grievances_and_antecedents_are_not_this_incidents_toll(
    text: str, trigger: str, expected: int | None
) -> None:
    """Deaths named as grievances or antecedents are not this incident's toll."""
    assert killed(text, trigger) == expected


def test_shared_sentence_figures_go_to_the_nearer_incident() -> None:
    """Shared sentence figures go to the nearer incident."""
    text = (
        "Police arrested 50 elders who had come to discuss the killing of 51 civilians by police."
    )
    arrest, killing = run(text, ["arrested", "killing"])
    assert arrest.fatalities is None
    assert killing.fatalities is not None and killing.fatalities.best == 51
    assert arrest.arrested is not None and arrest.arrested.best == 50


def test_unknown_number_is_no_figure() -> None:
    """Unknown number is no figure."""
    assert killed("The bombardment killed an unknown number of herders.", "bombardment") is None


def test_a_suicide_bomber_is_kept_apart_as_a_perpetrator() -> None:
    """The bomber who blew himself up is in the toll and in perpetrators_killed."""
    event = run("A suicide bomber blew himself up at a checkpoint, killing five soldiers.",
                ["blew"])[0]
    assert event.fatalities.best == 6
    assert event.perpetrators_killed is not None and event.perpetrators_killed.best == 1


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Villagers blocked the highway in protest over officers reportedly beating to death "
         "a young trader in custody.", "blocked"),
        ("People protested in the town against a string of stabbing attacks that had killed nine "
         "people.", "protested"),
    ],
)
def test_deaths_a_protest_is_about_are_not_its_toll(text: str, trigger: str) -> None:
    """Deaths named as the protest's grievance stay out of its fatalities."""
    assert killed(text, trigger) is None


def test_a_condemned_attack_keeps_its_own_toll() -> None:
    """'condemned the attack that left one dead': the attack is the event, its death counts."""
    assert killed("The union condemned last night's attack on the house of its secretary that "
                  "left one person dead.", "attack") == 1
