"""A claim reaching a newsroom by telephone: an anonymous voice that tells a named group's deed
("a man using a recognised codeword telephoned the newsroom and said the Real IRA had planted the
bomb", "a man who introduced himself as a spokesman for the rebels told the agency by telephone
that fighters of X had set off the mine") and "a man who said he was a spokesman for X called a
newspaper and said the group's fighters had planted the explosives" claim the deed for the group.
Officials telling the same deed accuse; a caller telling of soldiers or of a deed done to the
group claims nothing for it. Sentences written for several countries, mixed case and capitals.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name"), [
    # Northern Ireland: a codeword call to a newspaper
    ("A bomb wrecked a hotel in Newry on Friday night. Shortly after midnight a man using a "
     "recognised codeword telephoned a Belfast newspaper and said the Real IRA had planted the "
     "bomb.", "Real IRA"),
    # Colombia: a caller to a radio station
    ("Gunmen burned three buses outside Cucuta on Tuesday. An hour later a man telephoned a "
     "local radio station and said the National Liberation Army had burned the buses.",
     "National Liberation Army"),
    # Greece: an anonymous caller to a newspaper
    ("A bomb exploded outside a bank in Athens early on Sunday, damaging the entrance. An "
     "anonymous caller said Revolutionary Struggle had set off the bomb.",
     "Revolutionary Struggle"),
    # Philippines, wire capitals: a self-named spokesman by telephone
    ("DAVAO, 4 MAY 98 -- A LANDMINE EXPLODED UNDER AN ARMY TRUCK NEAR DAVAO TODAY, KILLING "
     "SIX SOLDIERS. A MAN WHO INTRODUCED HIMSELF AS A SPOKESMAN FOR THE REBELS TOLD A RADIO "
     "STATION BY TELEPHONE THAT THE NEW PEOPLE'S ARMY HAD SET OFF THE MINE.",
     "New People's Army"),
    # Pakistan: "a man who said he was a spokesman for X called ... and said the group's men"
    ("Militants blew up a railway bridge near Sibi on Wednesday night. A man who said he was a "
     "spokesman for the Balochistan Liberation Army called a news agency in Quetta and said the "
     "group's fighters had planted the explosives.", "Balochistan Liberation Army"),
    # Spain, wire capitals: the same with "the organisation's commandos"
    ("PAMPLONA, 3 JUN 87 -- A CAR BOMB EXPLODED OUTSIDE A BARRACKS TODAY, WOUNDING TWO "
     "GUARDS. A MAN WHO SAID HE WAS A SPOKESMAN FOR THE BASQUE SEPARATIST GROUP ETA TELEPHONED "
     "A NEWSPAPER AND SAID THE GROUP'S COMMANDOS HAD PLANTED THE BOMB.", "Basque"),
])
def test_a_caller_claims_the_deed_for_the_group(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and set(found.values()) == {"claimed"}, perpetrators_of(text)


@pytest.mark.parametrize(("text", "name"), [
    # an official who telephoned tells the deed: an accusation, not a claim
    ("Gunmen burned three buses outside Cucuta on Tuesday. The provincial governor telephoned "
     "a radio station and said the National Liberation Army had burned the buses.",
     "National Liberation Army"),
    # a police spokesman by telephone
    ("A bomb exploded outside a bank in Athens on Sunday. A police spokesman told a newspaper "
     "by telephone that Revolutionary Struggle had set off the bomb.", "Revolutionary Struggle"),
])
def test_an_official_on_the_telephone_claims_nothing(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert "claimed" not in found.values(), perpetrators_of(text)
