"""Attribution rules from full reports 2 (issue #14), on sentences written for them (Northern
Ireland, Spain, the Philippines, Yemen, Somalia, Kenya, Syria, Nigeria, the Central African
Republic, DR Congo, Mexico, Iraq, Pakistan, Burundi; mixed case and wire capitals).

- "the main line of inquiry was that X had carried out the bombing": an investigation's
  supposition, a suspicion (not the police confirming it).
- "X had claimed a similar attack in May": a claim of another deed is X's record, not a claim
  of this incident.
- "a man who identified himself as a spokesman for X told AP that the group had carried out the
  bombing": X claims it (the speaker names himself X's; "the group" is X).
- "the government says it is fighting terrorists": a present tense tells an ongoing war, not a
  deed the speaker owns.
- "armed men believed to belong to X killed ...": X is the suspected doer, and the armed men
  give no second, unidentified perpetrator.
- "security forces arrested two men seen near the market before the explosion": the force that
  arrests after the deed did not do it.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_forms import attribute


def _roles(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.role, a.attribution) for a in attribute(text).actors}


def _perpetrators(text: str) -> set[str]:
    return {a.name for a in attribute(text).actors if a.role == "perpetrator"}


@pytest.mark.parametrize("text, group", [
    ("A bomb wounded a police officer in Omagh on Saturday. Detectives said the main line of "
     "inquiry was that the New IRA had carried out the bombing.", "Real IRA"),
    ("A car bomb killed a councillor in Bilbao on Monday. The working theory is that ETA planted "
     "the device, a police source said.", "Basque Fatherland and Freedom"),
    ("GUNMEN SEIZED TWO FISHERMEN OFF JOLO ON FRIDAY. THE MAIN LINE OF INVESTIGATION IS THAT ABU "
     "SAYYAF CARRIED OUT THE KIDNAPPING, THE MILITARY SAID.", "Abu Sayyaf"),
])
def test_line_of_inquiry_is_a_suspicion(text: str, group: str) -> None:
    assert _roles(text)[group] == ("perpetrator", "suspected")


@pytest.mark.parametrize("text, group", [
    ("A suicide bomber killed 40 army recruits in Aden on Monday. The local branch of the "
     "Islamic State group had claimed a similar attack on recruits in the city in May.",
     "Islamic State"),
    ("A car bomb killed nine people in Mogadishu on Sunday. Al Shabaab claimed responsibility "
     "for an earlier bombing at the port.", "Al-Shabaab"),
    ("GUNMEN KILLED SIX PASSENGERS ON A BUS NEAR MANDERA ON TUESDAY. AL SHABAAB HAD CLAIMED "
     "ANOTHER ATTACK ON A BUS IN THE COUNTY LAST YEAR.", "Al-Shabaab"),
])
def test_claim_of_another_deed_is_no_claim_of_this_one(text: str, group: str) -> None:
    assert _roles(text)[group][0] != "perpetrator"


def test_claim_of_the_deed_itself_stays() -> None:
    text = "A car bomb killed nine people in Mogadishu on Sunday. Al Shabaab claimed the bombing."
    assert _roles(text)["Al-Shabaab"] == ("perpetrator", "claimed")


@pytest.mark.parametrize("text, group", [
    ("A suicide bomber killed 45 army recruits in Aden on Monday. A man who identified himself "
     "as a spokesman for al-Qaeda in the Arabian Peninsula told The Associated Press by "
     "telephone that the group had carried out the bombing.",
     "Al-Qaeda in the Arabian Peninsula"),
    ("Gunmen killed eleven worshippers at a mosque near Maiduguri on Friday. A spokesman for "
     "Boko Haram told reporters by phone that the group had carried out the attack.",
     "Boko Haram"),
    ("A BOMB KILLED FOUR POLICEMEN IN PESHAWAR ON SUNDAY. A MAN WHO DESCRIBED HIMSELF AS A "
     "SPOKESMAN FOR THE PAKISTANI TALIBAN TOLD REUTERS THAT THE MOVEMENT HAD CARRIED OUT THE "
     "BOMBING.", "Tehrik-i-Taliban Pakistan"),
])
def test_spokesman_telling_the_groups_deed_claims_it(text: str, group: str) -> None:
    assert _roles(text)[group] == ("perpetrator", "claimed")


@pytest.mark.parametrize("text, group", [
    ("Barrel bombs killed nine civilians in Aleppo on Sunday. The government says it is fighting "
     "foreign-backed terrorists and denies targeting civilians.", "Government of Syria"),
    ("A roadside bomb killed four soldiers in Kunar on Monday. The Taliban said they attack only "
     "foreign troops and their allies.", "Taliban"),
])
def test_ongoing_war_is_no_claim(text: str, group: str) -> None:
    assert _roles(text)[group][0] != "perpetrator"


@pytest.mark.parametrize("text, group, generic", [
    ("Armed men believed to belong to the anti-balaka militia killed 26 civilians in Rafai.",
     "Anti-balaka", "Unidentified Armed Group (Central African Republic)"),
    ("Gunmen suspected of belonging to the ADF killed nine farmers near Beni on Sunday.",
     "Allied Democratic Forces", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Hooded men thought to belong to Los Zetas kidnapped a rancher in Tamaulipas on Friday.",
     "Los Zetas", "Unidentified Armed Group (Mexico)"),
])
def test_believed_members_give_no_unidentified_group(text: str, group: str,
                                                     generic: str) -> None:
    roles = _roles(text)
    assert roles[group] == ("perpetrator", "suspected")
    assert generic not in _perpetrators(text)


@pytest.mark.parametrize("text, force", [
    ("A bomb exploded in a market in Baghdad on Tuesday, killing twelve people. Security forces "
     "had arrested two men seen near the market shortly before the explosion.",
     "Military Forces of Iraq"),
    ("A bomb killed five people outside a bank in Quetta on Sunday. Police arrested three men "
     "after the blast.", "Police Forces of Pakistan"),
])
def test_arrest_after_the_deed_is_no_perpetration(text: str, force: str) -> None:
    assert force not in _perpetrators(text)
