"""Perpetrators the knowledge base does not list, the usual wordings of claims, suspicion and
reported speech, and background records that must not become perpetrators (sentences written
for several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Event
from tests.test_attribution_forms import attribute


def perpetrators(event: Event) -> dict[str, tuple[str, str | None]]:
    """name → (attribution, attributed_by) of every perpetrator of the event."""
    return {a.name: (a.attribution, a.attributed_by) for a in event.actors
            if a.role == "perpetrator"}


@pytest.mark.parametrize("text, name, attribution", [
    ("Members of the Red Dawn Brigade kidnapped two engineers near Arequipa on Sunday.",
     "Red Dawn Brigade", "stated"),
    ("Terrorists of the Nuevo Amanecer Front (FNA) kidnapped 50 peasants in San Miguel.",
     "Nuevo Amanecer Front", "stated"),
    ("The bombs were planted by Tamarind Hill guerrillas in the market of Jaffna.",
     "Tamarind Hill", "stated"),
    ("A bomb exploded outside a bank in Santiago, injuring two guards. The Manuel Rodriguez "
     "Patriotic Front claimed responsibility.", "Manuel Rodriguez Patriotic Front", "claimed"),
    ("The Extraditables admitted responsibility for the bombing of a bank in Bogota that "
     "killed three people.", "Medellín Cartel", "claimed"),  # the KB knows them by their cartel
    ("Gunmen ambushed a convoy near Gao, killing four soldiers. The Gourma Liberation "
     "Brigade took responsibility for the ambush.", "Gourma Liberation Brigade", "claimed"),
    ("In a statement, the Ricardo Franco Front said its fighters had killed the mayor of Cali.",
     "Ricardo Franco Front", "claimed"),
])
def test_unlisted_group_is_perpetrator(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(attribute(text))
    assert name in perps, perps
    assert perps[name][0] == attribution


@pytest.mark.parametrize("text, name, attribution, by", [
    ("A bomb exploded outside a bank in Santiago, injuring two guards. Police attributed the "
     "attack to the Lautaro Youth Movement.", "Lautaro Youth Movement", "accused",
     "Police Forces of Chile"),
    ("A car bomb killed 12 people in Kabul on Monday. No group has claimed the bombing, but "
     "officials blamed the Haqqani network.", None, "accused", "officials"),
    ("Gunmen killed 14 soldiers near Mopti on Sunday. The Sahel Freedom Front is "
     "suspected of the attack.", "Sahel Freedom Front", "suspected", None),
    ("Gunmen shot dead a judge in Medellin. The attackers are believed to be members of the "
     "Envigado Office.", "Envigado Office", "suspected", None),
    ("A grenade was thrown into a bar in Mombasa, wounding six people. Police said the attack "
     "bore the hallmarks of the Wakali Kwanza gang.", "Wakali Kwanza gang", "suspected",
     "Police Forces of Kenya"),
])
def test_suspicion_wordings(text: str, name: str | None, attribution: str, by: str | None) -> None:
    perps = perpetrators(attribute(text))
    if name is None:  # the KB names it: look it up by its attribution
        assert any(v == (attribution, by) for v in perps.values()), perps
        return
    assert name in perps, perps
    assert perps[name] == (attribution, by)


def test_reported_speech_is_the_speakers_account() -> None:
    perps = perpetrators(attribute("A bomb killed two policemen in Ayacucho. Police said Red "
                                   "Dawn guerrillas planted the bomb."))
    assert perps["Red Dawn"] == ("confirmed", "Police Forces of Peru")


def test_the_reports_own_voice_is_stated() -> None:
    perps = perpetrators(attribute("Red Dawn guerrillas planted a bomb that killed two "
                                   "policemen in Ayacucho."))
    assert perps["Red Dawn"] == ("stated", None)


def test_denial_by_an_unlisted_group() -> None:
    ev = attribute("A bomb killed nine people in a market in Quetta. The Baloch Raaji Aajoi "
                   "Sangar denied any involvement in the attack.")
    denied = [a for a in ev.actors if a.attribution == "denied"]
    assert denied and denied[0].attributed_by == denied[0].name


@pytest.mark.parametrize("text, group", [
    ("Boko Haram has killed thousands since 2009. On Monday gunmen killed five farmers in "
     "Konduga.", "Boko Haram"),
    ("Gunmen killed a trader in Beni on Tuesday. The ADF has carried out attacks in the past.",
     "Allied Democratic Forces"),
    ("Gunmen shot dead two teachers in Mandera. Al Shabaab often targets teachers in the "
     "region.", "Al-Shabaab"),
    ("A bomb killed two soldiers near Cucuta. The ELN has bombed the pipeline repeatedly.",
     "ELN"),
])
def test_a_record_is_not_a_perpetrator(text: str, group: str) -> None:
    ev = attribute(text)
    names = {a.name for a in ev.actors}
    assert not {n for n in perpetrators(ev) if group.lower() in n.lower()}, (names, perpetrators(ev))


@pytest.mark.parametrize("text", [
    "Officials from the Ministry of Health visited the hospital in Mosul where the victims "
    "of the attack were treated.",
    "John Garang said the attack on the market in Juba killed nine people.",
    "Reuters reported that a bomb killed three people in Kirkuk.",
])
def test_names_without_a_part_in_the_act_are_not_groups(text: str) -> None:
    ev = attribute(text)
    named = [(a.name, a.role) for a in ev.actors if a.role == "perpetrator"
             and not a.name.startswith("Unidentified")]
    assert not named


def test_claim_in_a_subjectless_clause() -> None:
    perps = perpetrators(attribute("The Andean Red Brigade distributed leaflets claiming "
                                   "responsibility for the murder of a judge in Cuzco."))
    assert perps.get("Andean Red Brigade") == ("claimed", "Andean Red Brigade")


def test_hedge_on_the_agent_lowers_to_suspected() -> None:
    perps = perpetrators(attribute("The mayor of Ocana was kidnapped on Friday, apparently by "
                                   "Popular Liberation Army guerrillas."))
    assert perps.get("Popular Liberation Army", ("",))[0] == "suspected", perps


@pytest.mark.parametrize("text", [
    "\"Gang leader\" John Okello aka Rasta is shot and killed while trying to escape from "
    "soldiers.",
    "Residents say that an Improvised Explosive Device hidden in a cart wounded two soldiers "
    "near Wanlaweyn.",
    "An RCIED targeting the vehicle of the district commissioner exploded near Heliwa.",
])
def test_people_and_weapons_are_not_groups(text: str) -> None:
    ev = attribute(text)
    named = [(a.name, a.role) for a in ev.actors if a.role == "perpetrator"
             and not a.name.startswith("Unidentified")]
    assert not named


@pytest.mark.parametrize("text, name", [
    ("Three people were killed in an ELN attack today against a community in Arauca.",
     "National Liberation Army (Colombia)"),
    ("Five soldiers died in an FPMR ambush near Valparaiso.", "Manuel Rodriguez Patriotic Front"),
    ("Last night a column of FARC rebels entered the hamlet of La Macarena and shot nine "
     "farmers.", "FARC"),
])
def test_owner_of_the_attack_and_subject_of_a_coordinated_attack(text: str, name: str) -> None:
    assert perpetrators(attribute(text)).get(name, ("",))[0] == "stated", \
        perpetrators(attribute(text))


def test_a_place_named_for_an_attack_is_no_group() -> None:
    ev = attribute("Five soldiers died in the Westgate attack near Nairobi.")
    assert not [a.name for a in ev.actors if "Westgate" in a.name]


@pytest.mark.parametrize("text", [
    "A shepherd was killed when a landmine, previously planted by the Mountain Lions Brigade, "
    "exploded east of Daraa.",
    "Gunmen have held twelve hostages in a church in Kaduna since Monday.",
])
def test_incident_details_are_not_records(text: str) -> None:
    assert perpetrators(attribute(text)), [(a.name, a.role) for a in attribute(text).actors]


@pytest.mark.parametrize("text, name, attribution", [
    ("Six priests were murdered at the university in Managua. The president announced that "
     "members of the Jaguar Battalion participated in the crime.", "Jaguar Battalion",
     "confirmed"),
    ("Six priests were murdered at the university in Managua. A judge implicated four officers "
     "of the Jaguar Battalion in the assassination.", "Jaguar Battalion", "accused"),
])
def test_participation_and_implication(text: str, name: str, attribution: str) -> None:
    assert perpetrators(attribute(text)).get(name, ("",))[0] == attribution, \
        perpetrators(attribute(text))
