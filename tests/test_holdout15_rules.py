"""Rules written after the fifteenth hold-out round (ACLED-style notes from Africa, 2021-2025),
each tested on sentences for several countries: police who stop or disperse people described
as protesting and arrest "them" or "15 of them" intervene in a protest (no separate arrest); a
side that withdrew "following two days of fighting" lost a battle, so the place changed hands
in a battle, while a withdrawal with no fighting told (or "without a fight") stays a non-violent
transfer of territory."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.pipeline import Pipeline

# Protesters the sentence tells of first, then arrested as "them".
ARRESTED_THEM = [
    "On 4 May 2023, police in Lusaka stopped university students marching to the Ministry of "
    "Higher Education to demand their unpaid allowances and arrested 20 of them.",
    "On 9 September 2022, riot police in Accra dispersed traders who had gathered outside the "
    "assembly offices to protest against new market levies, arresting eight of them.",
    "On 16 February 2025, gendarmes in Abidjan broke up a group of opposition supporters "
    "demonstrating against the exclusion of their candidate and detained a dozen of them.",
]


@pytest.mark.parametrize("text", ARRESTED_THEM)
def test_arrested_them_after_protesting_people(pipeline: Pipeline, text: str) -> None:
    """'them' takes the protesters the sentence described: a protest with intervention."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


def test_arrested_them_who_were_not_protesting(pipeline: Pipeline) -> None:
    """People described by their work at a protest are not protesters: still an arrest."""
    event = report(pipeline, "On 2 March 2024, police in Freetown stopped a car carrying "
                             "three journalists and arrested all of them.")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")


# Territory changing hands: fighting told, or none.
TAKEN_AFTER_FIGHTING = [
    "On 10 February 2025, JNIM militants took control of Diapaga (Est) after soldiers withdrew "
    "following a day of heavy fighting.",
    "On 12 May 2024, insurgents seized the town of Macomia (Cabo Delgado) after government troops "
    "withdrew following two days of clashes.",
]
TAKEN_WITHOUT_FIGHTING = [
    "On 3 March 2024, rebels took control of Pinga (Nord-Kivu) after the army withdrew from the "
    "town without a fight.",
    "On 20 May 2023, militants took control of Bulo Burde (Hiraan) after government troops "
    "withdrew from the town overnight.",
]


@pytest.mark.parametrize("text", TAKEN_AFTER_FIGHTING)
def test_withdrawal_after_fighting_is_a_battle(pipeline: Pipeline, text: str) -> None:
    """The side that withdrew after fighting lost a battle for the place."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", TAKEN_WITHOUT_FIGHTING)
def test_withdrawal_without_fighting_is_non_violent(pipeline: Pipeline, text: str) -> None:
    """No fighting told: the place changed hands without violence."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments", "Non-violent transfer of territory")
