"""Communal, ethnic and clan militias, clash parties and peace-mission contingents, on
hand-written sentences."""

from __future__ import annotations

import pytest
from stage_docs import actor_labels as labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Twelve people died when Abala herdsmen attacked a village in Kereinik, Sudan.",
        {"Abala Ethnic Militia (Sudan)"},
        id="people_named_before_herdsmen_is_an_ethnic_militia",
    ),
    pytest.param(
        "Clashes between Fulani and Konkombas herdsmen near Bimbilla, Ghana, left two people dead.",
        {"Konkomba Ethnic Militia (Ghana)"},
        id="plural_people_name_is_singular_in_the_label",
    ),
    pytest.param(
        "Fourteen were killed in clashes over a land dispute between Koussouma and "
        "Mougna, near Djenne in Mali.",
        {"Koussouma Communal Militia (Mali)", "Mougna Communal Militia (Mali)"},
        id="villages_in_a_clash_are_communal_militias",
    ),
    pytest.param(
        "Fighting between the Rup and the Kuei in Lakes state, South Sudan, left five dead.",
        {"Rup Ethnic Militia (South Sudan)", "Kuei Ethnic Militia (South Sudan)"},
        id="peoples_with_the_article_are_ethnic_militias",
    ),
    pytest.param(
        "Armed youths from Rubkona raided a cattle camp near Bentiu, South Sudan.",
        {"Rubkona Communal Militia (South Sudan)"},
        id="armed_men_from_a_place_are_that_place_s_communal_militia",
    ),
    pytest.param(
        "The Habar Gidir clan militia attacked a village near Galkayo, Somalia.",
        {"Habar Gidir Clan Militia (Somalia)"},
        id="named_clan_militia",
    ),
    pytest.param(
        "Five people died when Fulani herdsmen clashed with farmers in Benue, Nigeria.",
        {"Fulani Ethnic Militia (Nigeria)", "Unidentified Communal Militia (Nigeria)"},
        id="farmers_fighting_herders_are_a_communal_militia",
    ),
    pytest.param(
        "Burundian soldiers repulsed an al-Shabaab attack in Lower Shabelle, Somalia.",
        {"AMISOM: African Union Mission in Somalia (2007-) (Burundi)"},
        id="contributor_troops_in_somalia_are_the_mission_contingent",
    ),
    pytest.param(
        "Central Security Forces beat and detained striking workers in Giza, Egypt.",
        {"Police Forces of Egypt (2014-)"},
        id="central_security_forces_are_egyptian_police",
    ),
    pytest.param(
        "Clan fighting over a borehole killed five in Khaydaro, southern Mudug, Somalia.",
        {"Unidentified Clan Militia (Somalia)"},
        id="clan_fighting_is_an_unidentified_clan_militia",
    ),
    pytest.param(
        "Two killed in Burkina Faso in clashes between political opponents after the election.",
        {"Rioters (Burkina Faso)"},
        id="political_opponents_clashing_are_rioters",
    ),
    pytest.param(
        "A man accused of burglary was killed in a mob justice attack in Soshanguve, South Africa.",
        {"Vigilante Militia (South Africa)"},
        id="mob_justice_attack_is_a_vigilante_militia",
    ),
])
def test_sentence_yields_its_labels(text: str, expected: set[str]) -> None:
    """Each sentence yields at least the expected ACLED labels (the case id says why)."""
    assert expected <= labels(text)


@pytest.mark.parametrize("text", [
    "Kenyan soldiers killed three people in Nairobi.",
    "Nigerian herdsmen were seen in Benue.",
    "Boko Haram fighters attacked Maiduguri, Nigeria.",
])
def test_nations_and_known_groups_are_not_communal(text):
    assert not any(x and ("Ethnic Militia" in x or "Communal Militia" in x) and "Fulani" not in x
                   for x in labels(text))


def test_contributor_troops_at_home_are_national_forces():
    found = labels("Kenyan troops were deployed in Garissa, Kenya, after the raid.")
    assert any(x and x.startswith("Military Forces of Kenya") for x in found)


def test_named_militia_of_no_known_place_is_a_new_group():
    found = labels("Fursan Janzour militia arrested a member of the Mobile Forces in Tripoli, "
                   "Libya.")
    assert "Fursan Janzour Militia" in found
    assert not any(x and "Ethnic Militia" in x for x in found)


def test_acronyms_in_a_clash_are_not_communities():
    found = labels("PF cadres threw stones during a brawl between PF and UPND in Ndola, Zambia.")
    assert not any(x and "Communal Militia" in x for x in found)


def test_crowd_clashing_with_police_riots():
    found = labels("Police clashed with residents in Kanyama, Zambia.")
    assert "Rioters (Zambia)" in found and "Unidentified Communal Militia (Zambia)" not in found


def test_bare_officers_are_police_but_army_officers_are_not():
    assert "Police Forces of South Africa" in labels(
        "Officers fired rubber bullets at looters in Mabopane, South Africa.")
    assert "Police Forces of Nigeria" not in labels(
        "Two army officers were killed by gunmen in Kaduna, Nigeria.")
