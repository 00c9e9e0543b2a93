"""Unnamed militias labelled by ACLED's conventions, on hand-written sentences: a militia of no
named people or place is an unidentified armed group, an ethnic or local one its community's, a
pro-government one "Militia (Pro-Government)"."""

from __future__ import annotations

import pytest
from stage_docs import actor_labels as labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Armed militia attacked a village in Taraba State, Nigeria, killing three.",
                 "Unidentified Armed Group (Nigeria)", id="armed_militia_nigeria"),
    pytest.param("Unidentified militiamen raided a village near Bunia, Democratic Republic of "
                 "Congo, and killed a woman.",
                 "Unidentified Armed Group (Democratic Republic of Congo)", id="militiamen_drc"),
    pytest.param("Militiamen on camels attacked farmers near Kutum, Sudan.",
                 "Unidentified Armed Group (Sudan)", id="militiamen_sudan"),
    pytest.param("Ethnic militiamen killed a farmer near Garissa, Kenya.",
                 "Unidentified Ethnic Militia (Kenya)", id="ethnic_militiamen_kenya"),
    pytest.param("A local militia fired arrows at police in Njoro, Kenya.",
                 "Unidentified Communal Militia (Kenya)", id="local_militia_kenya"),
    pytest.param("Local militias clashed with soldiers near Dodota, Ethiopia.",
                 "Unidentified Communal Militia (Ethiopia)", id="local_militias_ethiopia"),
    pytest.param("Two pro-government militia members were killed by Taliban militants in "
                 "Ghazni, Afghanistan.", "Militia (Pro-Government)", id="pro_government_afghanistan"),
    pytest.param("Government-backed militias burned a village in Darfur, Sudan.",
                 "Militia (Pro-Government)", id="government_backed_sudan"),
    pytest.param("Communal militias from Yagaba attacked Fulani settlers in Gordi, Ghana.",
                 "Yagaba Communal Militia (Ghana)", id="communal_militias_from_a_place_ghana"),
])
def test_unnamed_militia_label(text: str, expected: str) -> None:
    """Each sentence yields the expected ACLED label (the case id says where)."""
    assert expected in labels(text)


def test_militia_of_a_named_group_is_not_an_unidentified_group() -> None:
    found = labels("Mai-Mai Yakutumba militiamen attacked an army post near Fizi, Democratic "
                   "Republic of Congo.")
    assert "Unidentified Armed Group (Democratic Republic of Congo)" not in found


def test_communal_is_not_a_community_name() -> None:
    found = labels("Communal militias clashed over farmland near Bawku, Ghana.")
    assert not any(x and x.startswith("Communal ") for x in found)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Fellata and Rizeigat communal militias fought over pasture near Buram, Sudan.",
                 {"Fellata Ethnic Militia (Sudan)", "Rizeigat Ethnic Militia (Sudan)"},
                 id="two_peoples_share_the_noun_sudan"),
    pytest.param("Pokot and Turkana herders clashed near Kapedo, Kenya.",
                 {"Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"},
                 id="two_peoples_share_the_noun_kenya"),
    pytest.param("Armed militias from the Hawadle and Jarer Weyne clans fought near Jalalaqsi, "
                 "Somalia.", {"Hawadle Clan Militia (Somalia)", "Jarer Weyne Clan Militia (Somalia)"},
                 id="militias_from_two_clans_somalia"),
    pytest.param("Gunmen from the Saad sub-clan attacked a football field in Galkayo, Somalia.",
                 {"Saad Clan Militia (Somalia)"}, id="gunmen_from_a_sub_clan_somalia"),
])
def test_coordinated_communities(text: str, expected: set[str]) -> None:
    """Both names coordinated before one noun, or before "clans", are militias."""
    assert expected <= labels(text)


def test_police_and_army_are_not_communities() -> None:
    found = labels("Police and army officers arrested two men in Kano, Nigeria.")
    assert not any(x and "Militia" in x for x in found)
