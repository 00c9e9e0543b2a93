"""A state's branch written by its proper name after a nationality or country ("Chadian Air
Force", "the Ghana Armed Forces") is that state's forces, on hand-written sentences from several
countries; a capitalised word inside the name ("Free Syrian Army") makes it no state's, and an air
force in a peace mission's country stays its own state's."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.eval.metrics import norm_actor
from eventcoder.resolve.actors.state_branches import state_branch_hits


def _labels(pipeline: Any, text: str, published: str) -> set[str]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return {norm_actor(a.acled_name or a.name) for a in event.actors}


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Chadian Air Force planes struck rebel columns advancing on Kouba Olanga on "
                 "Saturday.", "2016-07-09", "Military Forces of Chad", id="chad_air"),
    pytest.param("The Ghana Armed Forces clashed with armed robbers near Tamale on Tuesday.",
                 "2018-04-11", "Military Forces of Ghana", id="ghana_armed_forces"),
    pytest.param("Mali Police arrested three suspects after a shooting at a market in Gao.",
                 "2017-05-20", "Police Forces of Mali", id="mali_police"),
    pytest.param("Kenyan Air Forces carried out strikes on an al Shabaab camp near Bulo Hawo, "
                 "killing several militants.", "2017-03-02", "Military Forces of Kenya",
                 id="kenya_air_in_somalia"),
    pytest.param("Zambian Army soldiers shot dead two poachers near the park's northern gate "
                 "in Mpika.", "2019-10-02", "Military Forces of Zambia", id="zambia_army"),
])
def test_branch_is_the_state_s_forces(pipeline: Any, text: str, published: str,
                                      expected: str) -> None:
    assert norm_actor(expected) in _labels(pipeline, text, published)


@pytest.mark.parametrize("text", [
    "The Free Syrian Army shelled positions held by government troops near Idlib.",
    "The Irish Republican Army planted a bomb outside the barracks.",
    "On Tuesday Arakan Army fighters attacked a border post.",
])
def test_another_capitalised_word_makes_it_no_state_s(text: str) -> None:
    assert state_branch_hits(text, [], None) == []


def test_ground_branch_in_a_mission_country_is_the_contingent() -> None:
    hits = state_branch_hits("Burundian Army troops repelled an attack on their base.", [], "SO")
    assert [h.acled for h in hits] == ["AMISOM: African Union Mission in Somalia (2007-) (Burundi)"]


def test_air_branch_in_a_mission_country_is_the_state_s_own() -> None:
    hits = state_branch_hits("Ugandan Air Force jets bombed a camp.", [], "SO")
    assert [h.acled for h in hits] == ["Military Forces of Uganda"]


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("Security measures: On 3 June 2020, Sisli District Governorship banned all "
                 "gatherings in the district for a week to curb the spread of the virus.",
                 "2020-06-04", id="sisli_district_governorship"),
    pytest.param("Security measures: On 2 June 2020, Mardin Governorship declared a curfew in "
                 "three villages of Nusaybin after a clash.", "2020-06-04",
                 id="mardin_governorship"),
    pytest.param("The Adana Governor's Office banned all demonstrations in the province for 15 "
                 "days.", "2021-01-12", id="adana_governors_office"),
])
def test_governor_s_office_is_the_government(pipeline: Any, text: str, published: str) -> None:
    assert norm_actor("Government of Turkey") in _labels(pipeline, text, published)


def test_governorship_as_an_elected_post_is_no_body() -> None:
    from eventcoder.resolve.actors.state_branches import governor_office_hits

    text = "Supporters of a Nairobi governorship aspirant protested outside the party offices."
    assert governor_office_hits(text, [], "KE") == []
