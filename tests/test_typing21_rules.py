"""Type-21 rules: what the language says about the kind of event, on sentences written for them.

- A riot whose crowd throws things at or fights the police or troops as a body, hurting no one
  else, is a violent demonstration, not mob violence (``typer.riot_at_forces``).
- A riot or an attack whose deed is the forces' deadly fire on protesters (their barricades or
  blockades aside) is excessive force against protesters, unless the crowd threw missiles, set
  fire, looted or attacked (``typer.lethal_fire``).
- A violent demonstration whose fight is two crowds clashing with each other, no force a side,
  is mob violence (``typer.crowds_clash``).
- A role word a civil function modifies ("a press officer", "presiding officers", "a health
  officer") names a civilian, not a force (``extract.roles.civil_title``): killing one is an attack.
Sentences written for several countries and outlets; none is taken from the dev or fixture data.
"""

from __future__ import annotations

import pytest
from typing_cases import main_typing, typing_pipeline

from eventcoder.pipeline import Pipeline

VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
EXCESSIVE = ("Protests", "Excessive force against protesters")
ATTACK = ("Violence against civilians", "Attack")

AT_FORCES = [
    "Hooded youths hurled stones at riot police and torched three cars in a suburb of Lyon on "
    "the night of 3 July 2021, the prefecture said.",
    "Rioters threw bottles and fireworks at police and set a bus alight in Leicester on 17 "
    "September 2022. Sixteen officers were hurt.",
    "Residents of Mathare pelted police with rocks and burnt tyres on 11 August 2022 after a "
    "disputed tally in Nairobi.",
    "A crowd of several hundred threw petrol bombs at the gendarmerie and looted shops in "
    "Mamoudzou, Mayotte, on 22 November 2022.",
]

STILL_MOB = [
    # the crowd hurt people other than the forces: a mob
    "A crowd threw stones at police and beat a shopkeeper to death in Kano on 6 March 2021.",
    # a couple of counted soldiers: a quarrel with some men, as political_crowd reads it
    "Youths in a Goma market threw stones at two soldiers on 8 April 2022 after a quarrel.",
]

LETHAL_FIRE = [
    "Police opened fire on students who had blocked the highway with burning tyres outside "
    "Mombasa on 7 July 2023, killing four of them.",
    "Soldiers fired on demonstrators who had set up barricades in Sittwe on 17 January 2018; "
    "seven people were killed.",
    "At least nine people died when riot police fired on a crowd that had gathered outside the "
    "governor's office in Kasese on 20 May 2021.",
    "Troops guarding the quarry fired on villagers who were blockading its gate near Cajamarca on "
    "3 December 2011, killing five residents.",
]

NOT_LETHAL_FIRE = [
    # the crowd was violent itself (missiles, arson): the codebook's violent demonstration
    "Youths hurled petrol bombs at the district office in Bukavu on 14 June 2022 before police "
    "opened fire on the crowd, killing two.",
    "Protesters torched a ruling party office in Blantyre on 5 July 2020; soldiers then fired on "
    "the demonstrators, killing three.",
    # the crowd's own violence with no one killed by the forces: the riot stays
    "Protesters threw stones at police who fired tear gas in Harare on 1 August 2018; no one "
    "was killed.",
    # the fire was aimed at an armed group, not a protest
    "Soldiers opened fire on gunmen who had stormed a checkpoint near Mopti on 4 May 2022, "
    "killing six.",
]

CIVIL_OFFICERS = [
    "Militants shot dead a district health officer in Bajaur on 4 May 2021.",
    "Suspected rebels killed a county information officer and his driver near Yei on 2 March "
    "2020.",
    "Gunmen opened fire on a minibus near Tillaberi on 9 October 2021, killing the mayor's press "
    "officer and two traders.",
]

STATE_OFFICERS = [
    "Gunmen shot dead a police officer in Bajaur on 4 May 2021.",
    "Suspected rebels killed an army officer and his driver near Yei on 2 March 2020.",
]

CROWDS_CLASH = [
    "Supporters of the ruling party and the opposition clashed with sticks and stones in Kumasi "
    "on 7 December 2020 ahead of the count.",
    "Activists of two rival student unions clashed outside the university library in Dhaka on "
    "3 May 2022 after a dispute over posters.",
    "Members of the Dinka and Nuer communities clashed near a water point in Juba on 4 February "
    "2021. Several huts were burnt.",
    "Rival student groups fought each other with iron rods at a campus in Lahore on 22 March "
    "2022.",
]

CROWD_AND_FORCES = [
    "Opposition supporters clashed with police in Conakry on 5 October 2021 and burnt tyres.",
    # counter-demonstrators: one side is told chanting, a demonstration
    "Students of a leftist union clashed with a group of farmers chanting slogans against the "
    "new land law in Thessaloniki on 12 March 2021.",
]

# (sentences, the typing each must get)
TYPED = [(t, VIOLENT_DEMO) for t in AT_FORCES + CROWD_AND_FORCES] + [(t, MOB) for t in CROWDS_CLASH] \
    + [(t, EXCESSIVE) for t in LETHAL_FIRE] + [(t, ATTACK) for t in CIVIL_OFFICERS]
# (sentences, a typing each must not get)
NOT_TYPED = [(t, VIOLENT_DEMO) for t in STILL_MOB] + [(t, EXCESSIVE) for t in NOT_LETHAL_FIRE]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return typing_pipeline()


@pytest.mark.parametrize(("text", "typed"), TYPED)
def test_typed_as_the_language_says(pipe: Pipeline, text: str, typed: tuple[str, str]) -> None:
    """Each rule's sentences get the rule's typing."""
    assert main_typing(pipe, text) == typed, text


@pytest.mark.parametrize(("text", "typed"), NOT_TYPED)
def test_rules_leave_other_readings(pipe: Pipeline, text: str, typed: tuple[str, str]) -> None:
    """A crowd that hurt others, counted soldiers, a violent crowd or fire at gunmen: not the
    rule's typing."""
    assert main_typing(pipe, text) != typed, text


@pytest.mark.parametrize("text", STATE_OFFICERS)
def test_police_or_army_officer_killed_stays_a_battle(pipe: Pipeline, text: str) -> None:
    """A police or army officer is a force: the armed side fought it (Battles)."""
    assert main_typing(pipe, text)[0] == "Battles", text
