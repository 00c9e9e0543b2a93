"""ACLED labels of militias named after a town or a clan, each tested on sentences written for
several countries: a town's name of three words stays whole ("a militia from Gasr Ben Ghashir"
is one communal militia, not "Gasr Ben"; "a Gasr Ben Gashir militia" is one actor, not two); the
unit's noun after a town is no part of its name ("fighters from Tonj South County"); the armed
men after a clan's noun are the clan's ("Abgaal sub-clan gunmen"); outside Somalia the clan of a
known people is its ethnic militia, as the training records file it ("Garre clan" in Kenya). Negatives: a named group
keeps its name, a town named only as the event's place makes no militia, and a group's past
attacks make no perpetrator."""

from __future__ import annotations

import pytest
from test_acts20_rules import labels
from test_holdout14_rules import report

from eventcoder.pipeline import Pipeline

TOWN_MILITIAS = [
    ("On 3 May 2021, a militia from Gasr Ben Ghashir kidnapped a trader on the road to Tripoli.",
     "Gasr Ben Ghashir Communal Militia (Libya)"),
    ("On 9 June 2020, fighters from Tonj South County raided two cattle camps in Warrap State, "
     "killing seven herders.", "Tonj South Communal Militia (South Sudan)"),
    ("On 14 February 2022, gunmen from Bani Walid abducted a lorry driver near Tarhuna.",
     "Bani Walid Communal Militia (Libya)"),
]


@pytest.mark.parametrize(("text", "label"), TOWN_MILITIAS)
def test_a_town_militia_keeps_the_whole_town_name(pipeline: Pipeline, text: str,
                                                  label: str) -> None:
    """Armed men from a town are its communal militia, under the town's whole name."""
    got = labels(pipeline, text)
    assert label in got, got


def test_a_three_word_town_before_militia_is_one_actor(pipeline: Pipeline) -> None:
    """"A Gasr Ben Gashir militia" names one group, not "Gasr" beside "Ben Gashir Militia"."""
    got = labels(pipeline, "On 23 March 2020, a Gasr Ben Gashir militia shot dead a man it "
                           "accused of robbery.")
    assert "Gasr Ben Gashir Militia" in got, got
    assert "Gasr" not in got and "Ben Gashir Militia" not in got, got


CLAN_GUNMEN = [
    ("On 5 March 2022, Abgaal sub-clan gunmen shot two traders near Galkayo.",
     "Abgaal Clan Militia (Somalia)"),
    ("On 8 October 2019, Garre clan militiamen burned a homestead near Mandera, killing a boy.",
     "Garre Ethnic Militia (Kenya)"),
    ("On 21 April 2018, Degodia clan gunmen shot dead a herder near Moyale in Ethiopia's Oromia "
     "region.", "Degodia Ethnic Militia (Ethiopia)"),
    ("On 30 January 2020, Marehan clan militiamen shot a trader dead in Beled Hawo, Gedo region.",
     "Marehan Clan Militia (Somalia)"),
    ("On 17 July 2021, a shopkeeper was shot dead by the Habar Gidir sub clan near Dhusamareb.",
     "Habar Gidir Clan Militia (Somalia)"),
]


@pytest.mark.parametrize(("text", "label"), CLAN_GUNMEN)
def test_clan_gunmen_are_the_clan_perpetrator(pipeline: Pipeline, text: str, label: str) -> None:
    """The clan's armed men are its militia and the doers, with no unknown gunmen beside them."""
    event = report(pipeline, text)
    doers = [a.acled_name or a.name for a in event.actors if a.role == "perpetrator"]
    assert doers == [label], [(a.acled_name, a.role) for a in event.actors]


def test_a_named_group_keeps_its_name(pipeline: Pipeline) -> None:
    """Fighters of a group the records know are that group, not a militia of a place."""
    got = labels(pipeline, "On 2 June 2021, fighters of Al Shabaab attacked a police post in "
                           "Mandera town.")
    assert "Al Shabaab" in got, got
    assert not any("Communal Militia" in x for x in got), got


@pytest.mark.parametrize("text", [
    "On 6 May 2019, gunmen killed two farmers in Gasr Ben Gashir.",
    "On 11 November 2020, unknown attackers torched a clinic in Tonj South County.",
    "On 2 February 2023, a bomb exploded near the market of Bani Walid, wounding three people.",
])
def test_the_place_of_an_event_makes_no_militia(pipeline: Pipeline, text: str) -> None:
    """A town named only as where the event happened is no side."""
    got = labels(pipeline, text)
    assert not any("Communal Militia" in x for x in got), got


def test_past_attacks_make_no_perpetrator(pipeline: Pipeline) -> None:
    """An arrest: the group's attacks in the past do not make it the doer of this event."""
    event = report(pipeline, "On 4 August 2021, police in Garowe arrested two members of a "
                             "militia from Bani Walid; the group has carried out attacks in "
                             "the past.")
    assert not any(a.role == "perpetrator" and "Bani Walid" in (a.acled_name or a.name)
                   for a in event.actors), [(a.acled_name, a.role) for a in event.actors]


ONE_OF_A_PEOPLE = [
    ("On 4 May 2019, unknown gunmen shot dead a trader from the Fulani ethnic group near Djibo.",
     "Civilians (Burkina Faso)"),
    ("On 4 May 2019, a Fulani trader was killed by soldiers near Mopti.", "Civilians (Mali)"),
    ("On 12 September 2021, rioters burned the house of a councillor of Fulani origin in Kaya.",
     "Rioters (Burkina Faso)"),
    ("On 2 October 2020, gunmen abducted a Fulani chief from his home near Garoua and demanded a "
     "ransom.", "Civilians (Cameroon)"),
]


@pytest.mark.parametrize(("text", "label"), ONE_OF_A_PEOPLE)
def test_a_people_describing_one_person_is_no_militia(pipeline: Pipeline, text: str,
                                                      label: str) -> None:
    """"A trader from the Fulani ethnic group" names the victim's people, not its militia."""
    got = labels(pipeline, text)
    assert label in got, got
    assert not any("Fulani" in x for x in got), got


@pytest.mark.parametrize(("text", "label"), [
    ("On 4 May 2019, Fulani gunmen killed a farmer near Bokkos.", "Fulani Ethnic Militia (Nigeria)"),
    ("On 7 June 2020, suspected Fulani attacked two villages near Kajuru, killing eleven.",
     "Fulani Ethnic Militia (Nigeria)"),
    ("On 15 January 2022, a Fulani herder shot two farmers near Agogo in the Ashanti Region.",
     "Fulani Ethnic Militia (Ghana)"),
])
def test_the_people_armed_keep_their_militia(pipeline: Pipeline, text: str, label: str) -> None:
    """The people's armed men, or a herder who does the deed, stay its militia."""
    assert label in labels(pipeline, text)


@pytest.mark.parametrize(("text", "label"), [
    ("On 19 March 2021, twenty Garre clan fighters raided a village near Elwak in Mandera County.",
     "Garre Ethnic Militia (Kenya)"),
    ("On 19 March 2021, fighters from At Tahish militia clashed with a brigade near Taizz.",
     "At Tahish Militia"),
])
def test_leading_words_that_name_no_community_are_dropped(pipeline: Pipeline, text: str,
                                                          label: str) -> None:
    """A number before the name is dropped; an Arabic article that opens the name is kept."""
    assert label in labels(pipeline, text)


def test_clans_of_an_unplaced_note_stay_clans(pipeline: Pipeline) -> None:
    """With no country known when actors are read, Somali clans keep ACLED's clan label."""
    got = labels(pipeline, "On 10 April 2022, Habar Gidir and Abgaal clan militias fought over "
                           "grazing land near Galhareeri; five were killed.")
    assert "Abgaal Clan Militia (Somalia)" in got, got
