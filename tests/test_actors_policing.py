"""Who arrests, detains or disperses is the police: "the authorities" doing it are the police,
and an arrest the text gives to no force is the police's even when a government is mentioned;
the person arrested or attacked, named but of no coded group, is a civilian. Hand-written
sentences from Tanzania, Kenya, Zambia, Niger, Mali and Uganda."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import primary_roles


@pytest.mark.parametrize(("text", "police"), [
    pytest.param("Residents of Tanga blocked the main road to protest the arrest of their chief. "
                 "Local authorities met their leaders and later lobbed tear gas canisters to "
                 "scatter the marchers.",
                 "Police Forces of Tanzania (1964-)", id="tanzania-tear-gas"),
    pytest.param("Kenyan authorities arrested a Congolese rebel commander in Nairobi over a "
                 "smuggled gold haul.", "Police Forces of Kenya (2013-2022)", id="kenya-arrest"),
    pytest.param("Traders in Kasama blocked the market entrance over new levies. The authorities "
                 "fired tear gas at the crowd.", "Police Forces of Zambia (2011-2021)",
                 id="zambia-fired-gas"),
    pytest.param("Villagers in Tahoua marched against the closure of their school until the "
                 "authorities dispersed them.", "Police Forces of Niger (2011-2021)",
                 id="niger-dispersed"),
])
def test_authorities_policing_are_police(pipeline: Any, text: str, police: str) -> None:
    roles = primary_roles(pipeline, text, "2018-03-01")
    assert police in roles
    assert not any(label.startswith("Government") for label in roles)


@pytest.mark.parametrize(("text", "police", "civilians"), [
    pytest.param("Opposition spokesman Peter Okello was arrested in Kisumu after addressing a "
                 "rally that the authorities had banned.", "Police Forces of Kenya (2013-2022)",
                 "Civilians (Kenya)", id="kenya-spokesman"),
    pytest.param("Trade union leader Amina Diallo was detained in Bamako on Monday, the "
                 "government said.", "Police Forces of Mali (2013-2020)", "Civilians (Mali)",
                 id="mali-unionist"),
])
def test_arrest_by_no_named_force(pipeline: Any, text: str, police: str, civilians: str) -> None:
    roles = primary_roles(pipeline, text, "2018-03-01")
    assert roles.get(police) == "perpetrator"
    assert roles.get(civilians) == "target"


def test_police_who_arrest_keep_their_label(pipeline: Any) -> None:
    roles = primary_roles(pipeline, "Police in Gulu arrested four activists of the opposition "
                          "party who had gathered outside the court.", "2018-03-01")
    assert roles.get("Police Forces of Uganda (1986-)") == "perpetrator"


@pytest.mark.parametrize(("text", "police"), [
    pytest.param("Students at a boarding school in Mbarara set fire to their dormitory in protest "
                 "against poor meals. Twenty students were put in custody at the central station.",
                 "Police Forces of Uganda (1986-)", id="uganda-custody"),
    pytest.param("Youths in Kumasi burnt tyres and blocked the highway over frequent power cuts "
                 "before they were dispersed.", "Police Forces of Ghana (2017-2025)",
                 id="ghana-dispersed"),
    pytest.param("Traders in Blantyre blocked roads over the relocation of their market. Several "
                 "traders were arrested.", "Police Forces of Malawi (2014-2020)",
                 id="malawi-arrested"),
])
def test_crowd_policed_by_unnamed_force(pipeline: Any, text: str, police: str) -> None:
    assert police in primary_roles(pipeline, text, "2018-03-01")


def test_release_demanded_is_no_policing(pipeline: Any) -> None:
    roles = primary_roles(pipeline, "Hundreds of residents of Tamale marched to the district "
                          "office to demand the release of their chief, who had been arrested "
                          "last week.", "2018-03-01")
    assert not any(label.startswith("Police") for label in roles)
