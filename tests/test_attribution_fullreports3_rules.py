"""Attribution forms full reports 3 led to: "the attack bore the hallmarks of followers of X" (a
suspicion of X, not of its followers), a quoted '"This is the work of X," a spokesman said' (an
accusation: the pronoun points back to the deed), "investigators believed the killers belonged
to X" (a finite belonging clause) and "belonged to Y, the armed wing of X", and "a spokesman for
X said his men had carried out the raid" (a claim); "it is the work of the police to protect
people" names no doer (sentences written for several countries, mixed case and wire capitals).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name", "attributions"), [
    # Russia (Dagestan): the hallmarks of a group's followers
    ("Gunmen shot dead two traffic policemen in Derbent on Sunday. No group has claimed the "
     "attack, but analysts said it bore the hallmarks of followers of the Islamic State.",
     "Islamic State", {"suspected"}),
    # Egypt, wire capitals: the hallmarks of members of a group
    ("CAIRO, 9 APR 17 -- A BOMB EXPLODED OUTSIDE A POLICE STATION IN TANTA TODAY, KILLING "
     "THREE POLICEMEN. SECURITY SOURCES SAID THE BLAST BORE THE HALLMARKS OF MEMBERS OF THE "
     "MUSLIM BROTHERHOOD.", "Muslim Brotherhood", {"suspected"}),
    # Sri Lanka: a quoted verdict on the deed
    ("A mine exploded under a bus near Vavuniya on Monday, killing 12 passengers. \"This is "
     "the work of the LTTE,\" an army spokesman told reporters.", "Tamil", {"accused",
                                                                         "suspected"}),
    # Philippines: "it was the work of"
    ("A bomb exploded in a market in Jolo on Saturday, killing five people. \"It was the work "
     "of the Abu Sayyaf,\" the provincial governor said.", "Abu Sayyaf", {"accused",
                                                                          "suspected"}),
    # Mexico: a finite belonging clause
    ("Gunmen killed nine people at a bar in Monterrey on Friday. Prosecutors said investigators "
     "believed the killers belonged to the Gulf Cartel.", "Gulf Cartel", {"suspected"}),
    # Nigeria, wire capitals: the armed wing of a group
    ("MAIDUGURI, 3 MAR 15 -- GUNMEN KILLED 14 FARMERS NEAR DIKWA TODAY. POLICE SAID THEY "
     "BELIEVED THE ATTACKERS BELONGED TO AL-BARNAWI'S FACTION, THE ARMED WING OF BOKO HARAM.",
     "Boko Haram", {"suspected"}),
])
def test_suspicion_forms_name_a_suspect(text: str, name: str, attributions: set[str]) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and set(found.values()) <= attributions, perpetrators_of(text)


@pytest.mark.parametrize(("text", "name"), [
    # Colombia: a spokesman's "his men"
    ("Guerrillas abducted four engineers near Saravena on Tuesday. A spokesman for the National "
     "Liberation Army said his men had carried out the abduction to fund the war.",
     "National Liberation Army"),
    # Somalia, wire capitals: a commander's "his men"
    ("MOGADISHU, 5 MAY 12 -- GUNMEN ATTACKED A HOTEL IN BAIDOA TODAY, KILLING SIX PEOPLE. A "
     "COMMANDER OF AL SHABAAB SAID HIS MEN HAD CARRIED OUT THE ATTACK.", "Shabaab"),
])
def test_his_men_claim(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and set(found.values()) == {"claimed"}, perpetrators_of(text)


def test_work_of_the_police_to_protect_names_no_doer() -> None:
    text = ("A bomb exploded in a market in Kano on Friday, killing four people. \"It is the work "
            "of the police to protect the people,\" the governor said.")
    assert not _found(perpetrators_of(text), "Police")


@pytest.mark.parametrize(("text", "name"), [
    # Somalia: a group's own clause tells another deed
    ("Gunmen stormed a hotel in Kismayo on Friday, killing nine people. Al Shabaab said its "
     "fighters had carried out a similar raid on a hotel in Baidoa in March.", "Shabaab"),
    # Colombia, wire capitals: "another bomb"
    ("BOGOTA, 4 MAY 01 -- A BOMB EXPLODED IN A MARKET IN CALI TODAY, KILLING SIX PEOPLE. THE "
     "NATIONAL LIBERATION ARMY SAID IT HAD PLANTED ANOTHER BOMB AT A PIPELINE IN ARAUCA "
     "LAST WEEK.", "National Liberation Army"),
])
def test_claim_of_another_deed_is_no_claim_of_this_one(text: str, name: str) -> None:
    assert "claimed" not in _found(perpetrators_of(text), name).values(), perpetrators_of(text)


def test_claim_of_the_deed_stays_a_claim() -> None:
    text = ("A bomb exploded in a market in Quetta on Thursday, killing six people. "
            "Lashkar-e-Jhangvi said it had planted the bomb.")
    assert set(_found(perpetrators_of(text), "Jhangvi").values()) == {"claimed"}
