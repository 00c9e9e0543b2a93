"""A group that says it was behind a deed, was responsible for it or is holding the captives
claims it ("X said it was behind the blast", "X said in a video posted online that it was
holding them", "'We are behind the attack,' a spokesman for X said"); a clause that denies it,
a spokesman himself, "behind schedule", "responsible for security" and "holding a rally" claim
nothing (sentences written for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name"), [
    # Somalia: "said it was behind"
    ("A car bomb exploded outside a hotel in Kismayo on Saturday, killing six people, police "
     "said, and al Shabaab said it was behind the blast.", "Shabaab"),
    # Philippines: "in a statement that it was responsible for"
    ("A bomb ripped through a market in Cotabato City on Monday, killing three people. The "
     "Bangsamoro Islamic Freedom Fighters said in a statement that it was responsible for the "
     "explosion.", "Bangsamoro Islamic Freedom Fighters"),
    # Mali: the clause hangs on the medium ("in a message posted ... that")
    ("Gunmen abducted three aid workers near Gao on Friday. In a message posted on social "
     "media, the Islamic State in the Greater Sahara said it was holding the workers.",
     "Islamic State in the Greater Sahara"),
    # Afghanistan: "they were holding the two men"
    ("Gunmen kidnapped two engineers in Ghazni province on Friday. The Taliban said in a "
     "statement that they were holding the two men.", "Taliban"),
    # Cameroon: "a group calling itself X"
    ("Separatists kidnapped a mayor near Kumba on Sunday, and a group calling itself the "
     "Ambazonia Defence Forces said in a video posted online that it was holding him.",
     "Ambazonia"),
    # Kenya: a spokesman for the group's operations speaks in the first person
    ("A roadside bomb destroyed a police truck near Mandera on Tuesday, killing four officers. "
     "\"We are behind the attack,\" Ali Dheere, a spokesman for al Shabaab's military "
     "operations, said.", "Shabaab"),
    # Peru, wire capitals
    ("LIMA, 12 MAY 91 -- A BOMB DESTROYED A POWER PYLON IN HUANCAYO YESTERDAY. THE SHINING "
     "PATH SAID IN A COMMUNIQUE THAT IT WAS RESPONSIBLE FOR THE EXPLOSION.", "Shining Path"),
    # Colombia, wire capitals
    ("BOGOTA, 3 FEB 99 -- GUERRILLAS KIDNAPPED A MAYOR IN ARAUCA ON MONDAY. THE NATIONAL "
     "LIBERATION ARMY SAID IT WAS HOLDING HIM.", "National Liberation Army"),
])
def test_group_telling_its_own_deed_claims_it(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and "claimed" in found.values(), perpetrators_of(text)


@pytest.mark.parametrize(("text", "name"), [
    # Peru: a clause that denies is no claim
    ("A car bomb exploded outside a bank in Lima on Monday, killing two guards. The Shining "
     "Path said in a communique that it was not responsible for the explosion.", "Shining Path"),
    # Pakistan: a party holding a rally, police running behind schedule
    ("A bomb exploded near a police station in Quetta on Monday, killing four officers. The "
     "Awami National Party said it was holding a rally on Friday.", "Awami"),
    ("A bomb exploded near a police station in Quetta on Monday, killing four officers. Police "
     "said it was behind schedule.", "Police"),
    # Pakistan: responsible for security, not for the deed
    ("A bomb exploded at a market in Quetta on Thursday, killing six people. The Frontier Corps "
     "said it was responsible for security in the area.", "Frontier Corps"),
])
def test_no_claim(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert "claimed" not in found.values(), found


def test_spokesman_himself_is_no_perpetrator() -> None:
    text = ("A suicide bomber struck a checkpoint in Baidoa on Monday. \"We are behind the "
            "attack,\" Ali Dheere, a spokesman for al Shabaab, told reporters.")
    perps = perpetrators_of(text)
    assert not _found(perps, "Dheere"), perps
    assert _found(perps, "Shabaab").get("Al-Shabaab") == "claimed", perps
