"""Unnamed doers named the ACLED way, on hand-written sentences from several countries: a person
no one names ("unidentified individuals", "an unknown man") is an unidentified armed group, a
crowd of residents or villagers who beat or kill is a mob ("Rioters"), and a militia named after
a town of another country is an ethnic, not a communal, militia."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def event_actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    """(ACLED label or name, role) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 3 May 2021, unidentified individuals set fire to a school in Oyem, Gabon.",
                 "2021-05-04", "Unidentified Armed Group (Gabon)", id="individuals_gabon"),
    pytest.param("On 12 March 2021, a man was shot dead by an unknown man in Galkayo, Somalia.",
                 "2021-03-13", "Unidentified Armed Group (Somalia)", id="unknown_man_somalia"),
    pytest.param("On 2 June 2019, unknown arsonists torched a mobile phone mast in Birmingham, "
                 "United Kingdom.", "2019-06-03", "Unidentified Armed Group (United Kingdom)",
                 id="arsonists_uk"),
    pytest.param("On 7 January 2022, masked men stabbed a shopkeeper in Kumasi, Ghana.",
                 "2022-01-08", "Unidentified Armed Group (Ghana)", id="masked_men_ghana"),
])
def test_a_person_no_one_names_is_an_unidentified_armed_group(
        pipeline: Any, text: str, published: str, expected: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert (expected, "perpetrator") in actors
    assert not any(name.startswith(("Civilians", "Rioters")) and role == "perpetrator"
                   for name, role in actors)


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 5 April 2021, a suspected thief was beaten to death by residents in "
                 "Kisumu, Kenya.", "2021-04-06", "Rioters (Kenya)", id="passive_residents_kenya"),
    pytest.param("On 9 August 2020, villagers killed two suspected cattle thieves in Mbale, "
                 "Uganda.", "2020-08-10", "Rioters (Uganda)", id="villagers_uganda"),
    pytest.param("On 1 July 2019, a man accused of witchcraft was lynched by community members "
                 "in Mzimba, Malawi.", "2019-07-02", "Rioters (Malawi)", id="community_malawi"),
])
def test_a_crowd_that_kills_is_a_mob(pipeline: Any, text: str, published: str,
                                     expected: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert any(name == expected for name, _role in actors)
    assert not any(name.startswith("Civilians") and role == "perpetrator"
                   for name, role in actors)


def test_victims_of_gunmen_stay_civilians(pipeline: Any) -> None:
    actors = event_actors(pipeline, "On 10 March 2021, gunmen killed three villagers in "
                                    "Zamfara, Nigeria.", "2021-03-11")
    assert ("Civilians (Nigeria)", "target") in actors
    assert not any(name.startswith("Rioters") for name, _role in actors)


def test_residents_who_protest_stay_protesters(pipeline: Any) -> None:
    actors = event_actors(pipeline, "On 10 March 2021, residents protested in Nairobi, Kenya "
                                    "against rising prices.", "2021-03-11")
    assert any(name == "Protesters (Kenya)" for name, _role in actors)


def test_a_namesake_town_abroad_does_not_make_a_communal_militia(pipeline: Any) -> None:
    # Abala is a town in Ethiopia's gazetteer and a people in Sudan
    actors = event_actors(pipeline, "On 20 June 2016, Abala militia attacked Tur village in "
                                    "Central Darfur, Sudan. Five people were killed.",
                          "2016-06-21")
    assert any(name == "Abala Ethnic Militia (Sudan)" for name, _role in actors)


def test_a_town_of_the_country_makes_a_communal_militia(pipeline: Any) -> None:
    actors = event_actors(pipeline, "On 4 May 2020, Isiolo militia attacked herders near "
                                    "Garbatulla, Kenya, killing two.", "2020-05-05")
    assert any(name == "Isiolo Communal Militia (Kenya)" for name, _role in actors)


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 6 March 2021, fighting between the Mbuli and Kasanga communities left four "
                 "dead in Kasai, DR Congo. Residents of Mbuli burned houses in Kasanga village.",
                 "2021-03-07", "Kasanga Communal Militia (Democratic Republic of Congo)",
                 id="villages_drc"),
    pytest.param("On 2 April 2021, clashes between the Dagana and Lodu left three dead in "
                 "Tambura, South Sudan.", "2021-04-03", "Dagana Ethnic Militia (South Sudan)",
                 id="peoples_south_sudan"),
])
def test_a_name_the_text_calls_a_village_is_a_communal_militia(
        pipeline: Any, text: str, published: str, expected: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert any(name == expected for name, _role in actors), actors


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 14 June 2021, Israeli Police forces detained three students outside a "
                 "court in Haifa.", "2021-06-15", "Police Forces of Israel", id="police_forces_il"),
    pytest.param("On 3 March 2021, Govt soldiers shot at a minibus at a roadblock outside "
                 "Beledweyne, Somalia.", "2021-03-04", "Military Forces of Somalia",
                 id="govt_soldiers_so"),
    pytest.param("On 4 May 2020, Turkish Gendarmerie forces destroyed PKK shelters near Lice.",
                 "2020-05-05", "Military Forces of Turkey", id="gendarmerie_tr"),
    pytest.param("On 12 June 2021, Police arrested five protesters in Harare, Zimbabwe.",
                 "2021-06-13", "Police Forces of Zimbabwe", id="police_zw"),
])
def test_capitalised_force_nouns_are_state_forces(pipeline: Any, text: str, published: str,
                                                 expected: str) -> None:
    actors = event_actors(pipeline, text, published)
    assert any(name.startswith(expected) for name, _role in actors), actors
    assert not any(name in {"Police forces", "Govt", "Gendarmerie forces", "Police"}
                   for name, _role in actors)
