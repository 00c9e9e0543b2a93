"""Rules written after the fifteenth hold-out round (ACLED-style notes from Africa, 2021-2025),
each tested on sentences for several countries: police who stop or disperse people described
as protesting and arrest "them" or "15 of them" intervene in a protest (no separate arrest); a
side that withdrew "following two days of fighting" lost a battle, so the place changed hands
in a battle, while a withdrawal with no fighting told (or "without a fight") stays a non-violent
transfer of territory; a recruitment drive is a change to group/activity; Ethiopia's regions
and (from 2020) Somalia's by ACLED's English names; the Islamic State's Sahel Province by that
name from March 2022; a town before brackets naming its region ('Djibo (Sahel)') is a place
whatever label spaCy gave it."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.pipeline import Pipeline

INTERVENTION = ("Protests", "Protest with intervention")
ARREST = ("Strategic developments", "Arrests")
OVERTAKEN = ("Battles", "Non-state actor overtakes territory")
NON_VIOLENT = ("Strategic developments", "Non-violent transfer of territory")
CHANGE = ("Strategic developments", "Change to group/activity")

# Each sentence with the typing its rule gives: protesters the sentence tells of first, then
# arrested as "them" (and people arrested who were not protesting); territory changing hands
# with fighting told, or none; a recruitment drive.
TYPED = [
    ("On 4 May 2023, police in Lusaka stopped university students marching to the Ministry of "
     "Higher Education to demand their unpaid allowances and arrested 20 of them.", INTERVENTION),
    ("On 9 September 2022, riot police in Accra dispersed traders who had gathered outside the "
     "assembly offices to protest against new market levies, arresting eight of them.",
     INTERVENTION),
    ("On 16 February 2025, gendarmes in Abidjan broke up a group of opposition supporters "
     "demonstrating against the exclusion of their candidate and detained a dozen of them.",
     INTERVENTION),
    ("On 2 March 2024, police in Freetown stopped a car carrying three journalists and arrested "
     "all of them.", ARREST),
    ("On 10 February 2025, JNIM militants took control of Diapaga (Est) after soldiers withdrew "
     "following a day of heavy fighting.", OVERTAKEN),
    ("On 12 May 2024, insurgents seized the town of Macomia (Cabo Delgado) after government "
     "troops withdrew following two days of clashes.", OVERTAKEN),
    ("On 3 March 2024, rebels took control of Pinga (Nord-Kivu) after the army withdrew from the "
     "town without a fight.", NON_VIOLENT),
    ("On 20 May 2023, militants took control of Bulo Burde (Hiraan) after government troops "
     "withdrew from the town overnight.", NON_VIOLENT),
    ("On 5 June 2024, JNIM militants gathered the residents of Tongomayel (Sahel) in the mosque "
     "and announced a recruitment drive, ordering each family to send a young man.", CHANGE),
    ("On 2 March 2023, ADF fighters recruited about 30 young men in villages of Beni territory "
     "(Nord-Kivu), promising them money and motorcycles.", CHANGE),
]


@pytest.mark.parametrize(("text", "typing"), TYPED)
def test_typing(pipeline: Pipeline, text: str, typing: tuple[str, str]) -> None:
    """'them' after people described as protesting are the protesters; a withdrawal after
    fighting is a battle for the place, without fighting a non-violent transfer; recruiting
    fighters, with no violence told, is a change to group/activity."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == typing


# ACLED's English names of Ethiopia's regions, and of Somalia's regions from 2020 (its earlier
# records keep the Somali names).
REGION_NAMES = [
    ("On 9 April 2023, Fano militiamen clashed with federal soldiers in Gondar (Amhara). Four "
     "fighters were killed.", "ET", "Amhara"),
    ("On 4 November 2021, TPLF fighters clashed with federal soldiers near Adigrat. Six soldiers "
     "were killed.", "ET", "Tigray"),
    ("On 2 June 2023, Al Shabaab militants shot dead a shopkeeper in Mogadishu.", "SO", "Banadir"),
    ("On 15 January 2024, Al Shabaab militants attacked a military base in Beledweyne, killing "
     "three soldiers.", "SO", "Hiraan"),
    ("On 3 September 2018, Al Shabaab militants shot dead a shopkeeper in Mogadishu.", "SO",
     "Banaadir"),
]


@pytest.mark.parametrize(("text", "code", "admin1"), REGION_NAMES)
def test_acled_region_names(pipeline: Pipeline, text: str, code: str, admin1: str) -> None:
    """'Amara' and 'Tigrai' (GeoNames) are written Amhara and Tigray; Somali regions in English
    from 2020, in Somali before."""
    location = report(pipeline, text).location
    assert location is not None
    assert (location.country_code, location.admin1) == (code, admin1)


# The Islamic State's Sahel Province by its name from March 2022, its Greater Sahara name before.
SAHEL_PROVINCE = [
    ("On 10 June 2023, Islamic State Sahel Province militants killed 12 villagers near Menaka.",
     "Islamic State (Sahel)"),
    ("On 2 February 2024, fighters of the Islamic State in the Greater Sahara killed eight herders "
     "near Tillaberi.", "Islamic State (Sahel)"),
    ("On 9 January 2020, Islamic State in the Greater Sahara militants attacked a military camp in "
     "Chinagodrar, killing 89 soldiers.", "Islamic State (Greater Sahara)"),
]


@pytest.mark.parametrize(("text", "label"), SAHEL_PROVINCE)
def test_islamic_state_sahel_label(pipeline: Pipeline, text: str, label: str) -> None:
    """The province's ACLED name follows the event's date."""
    names = {a.acled_name for a in report(pipeline, text).actors}
    assert label in names


# A town before brackets that name its region, whatever label spaCy gave the town.
BRACKETED_TOWNS = [
    ("On 26 November 2023, several hundred JNIM militants attacked the army detachment and the "
     "VDP positions in Djibo (Sahel).", "BF", "Djibo"),
    ("On 3 May 2023, gunmen killed four traders at the market of Gorom-Gorom (Sahel).", "BF",
     "Gorom-Gorom"),
    ("On 18 August 2022, an IED hit an army vehicle south of Bir al-Abd (North Sinai), killing two "
     "soldiers.", "EG", "Bi’r al ‘Abd"),
    ("On 7 July 2024, gunmen shot dead two farmers near Kukawa (Borno).", "NG", "Kukawa"),
]


@pytest.mark.parametrize(("text", "code", "town"), BRACKETED_TOWNS)
def test_town_before_region_brackets(pipeline: Pipeline, text: str, code: str, town: str) -> None:
    """'Djibo (Sahel)': the town is the place, not only the region in brackets."""
    location = report(pipeline, text).location
    assert location is not None
    assert (location.country_code, location.name) == (code, town)


def test_actor_label_brackets_make_no_place(pipeline: Pipeline) -> None:
    """'Rioters (Nigeria)' or a label's years in brackets add no town."""
    location = report(pipeline, "On 3 May 2024, Rioters (Nigeria) burnt a police station in "
                                "Jos (Plateau).").location
    assert location is not None
    assert (location.country_code, location.name) == ("NG", "Jos")


def test_recruiting_group_attacking_is_the_attack(pipeline: Pipeline) -> None:
    """'who have been recruiting in the area' describes the doers; the attack is the event."""
    event = report(pipeline, "On 4 May 2023, Al Shabaab militants, who have been recruiting in "
                             "the area, attacked a military base in Jowhar (Middle Shabelle), "
                             "killing five soldiers.")
    assert event.event_type == "Battles"
