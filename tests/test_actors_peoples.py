"""A people's armed men by any armed noun, and peoples who share a place's name, on hand-written
sentences from several countries."""

from __future__ import annotations

import pytest
from stage_docs import actor_labels as labels

from eventcoder.resolve.actors.peoples import is_people, singular, trained_peoples


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Pokot raiders drove off 300 goats and shot a herder near Marigat, Kenya, on Monday.",
        "Pokot Ethnic Militia (Kenya)",
        id="raiders_of_a_people",
    ),
    pytest.param(
        "A trader was shot dead by suspected Turkana bandits outside Lodwar, Kenya.",
        "Turkana Ethnic Militia (Kenya)",
        id="people_sharing_a_county_name_is_still_a_people",
    ),
    pytest.param(
        "Toposa warriors raided a cattle camp near Kapoeta, South Sudan, and killed two boys.",
        "Toposa Ethnic Militia (South Sudan)",
        id="warriors_of_a_people",
    ),
    pytest.param(
        "Borana gunmen ambushed a truck on the road to Moyale, Ethiopia, killing its driver.",
        "Borana Ethnic Militia (Ethiopia)",
        id="gunmen_of_a_people",
    ),
    pytest.param(
        "Two herders died in clashes between Kalenjin and Maasais over grazing land near Narok, Kenya.",
        "Maasai Ethnic Militia (Kenya)",
        id="plural_of_a_people_in_a_fight_singular_in_the_label",
    ),
    pytest.param(
        "Fighting between Kalenjin and Kisii youths near Sotik, Kenya, left a man dead.",
        "Kalenjin Ethnic Militia (Kenya)",
        id="people_in_a_clash_needs_no_article",
    ),
    pytest.param(
        "Armed Fulani cattle rustlers burnt two hamlets near Bocaranga, Central African Republic.",
        "Fulani Ethnic Militia (Central African Republic)",
        id="known_people_militia_by_another_noun",
    ),
    pytest.param(
        "Tiv militias burnt houses in the Jukun village of Akwana near Wukari, Nigeria.",
        "Tiv Ethnic Militia (Nigeria)",
        id="people_before_a_village_of_is_no_place",
    ),
])
def test_peoples_armed_men_are_its_ethnic_militia(text: str, expected: str) -> None:
    """The sentence names the people's armed men; the label is the people's ethnic militia."""
    assert expected in labels(text)


@pytest.mark.parametrize("text", [
    "Kenyan bandits stole forty goats near Moyale, Ethiopia, on Monday.",
    "Boko Haram militants killed four farmers near Dikwa, Nigeria.",
    "Gunmen from Zintan abducted two men in Zawiya, Libya.",
    "Three men of the Dinka Ngok ethnic group were killed in an ambush near Abyei.",
])
def test_nations_groups_places_and_victims_are_no_people_militia(text: str) -> None:
    """A nation, a known group, a town's men or a people's victims make no ethnic militia."""
    found = {x for x in labels(text) if x and "Ethnic Militia" in x}
    assert not found - {"Fulani Ethnic Militia (Nigeria)"}


def test_village_community_stays_communal() -> None:
    """A village's people are a communal militia even where the text calls them a community."""
    found = labels("Youths from Mbuji clashed with the Katanda community near Kananga, "
                   "DR Congo; residents of Katanda fled.")
    assert not any(x and "Katanda Ethnic" in x for x in found)


def test_people_cues_come_from_records_or_text() -> None:
    """A people is known from the training records, its plural or a people's noun in the text."""
    assert "pokot" in trained_peoples() and "kenya" not in trained_peoples()
    assert is_people("Xoxa", "The Xoxas and their neighbours fought.")
    assert is_people("Xoxa", "Elders of the Xoxa tribe met.")
    assert not is_people("Xoxa", "Xoxa village was burnt.")
    assert singular("Pokots", "the Pokots raided") == "Pokot"
    assert singular("Moses", "Moses said") == "Moses"
