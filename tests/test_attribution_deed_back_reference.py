"""A doer named on a demonstrative deed noun that refers back to the incident ("this action by
the FMLN"), in sentences written for several countries, in mixed case and in wire capitals."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import doers, perpetrators_of

# Reports of five sentences or more, so the back-reference is linked, not read as a short note.
BACK_REFERENCES = [
    # El Salvador: a government statement on a defused car bomb
    ("A car bomb was defused in Bernal Avenue. Nobody was hurt. Shops were closed. Traffic was "
     "diverted. The minister said this senseless action by the FMLN was meant to frighten "
     "voters.", "defused", "Farabundo Marti National Liberation Front"),
    # Colombia: a governor on a pipeline blast
    ("A pipeline exploded near Saravena on Tuesday. Oil spilled into the river. Fishermen "
     "stayed home. Prices rose in the market. The governor said that this cowardly act by the "
     "Domingo Lain Front would not go unpunished.", "exploded", "Domingo Lain Front"),
    # Kenya: a police statement on a bus attack
    ("Gunmen attacked a bus near Mandera on Sunday. Nine passengers died. The road was closed. "
     "Relatives gathered at the hospital. Police said these crimes by the Jubaland Liberation "
     "Brigade would be punished.", "attacked", "Jubaland Liberation Brigade"),
    # Ethiopia: what the blast was, said of it
    ("A bomb exploded at a market in Jijiga on Friday. Four traders died. Stalls burned. The "
     "town was quiet on Saturday. The mayor said the blast was an act of terror by the Ogaden "
     "Freedom Front.", "exploded", "Ogaden Freedom Front"),
    # Philippines: a pronoun pointing at the incident
    ("Gunmen ambushed a jeep near Cotabato on Monday. Two teachers died. Schools closed. "
     "Parents kept their children home. The governor said it was a cowardly act by the "
     "Sultan Kudarat Brigade.", "ambushed", "Sultan Kudarat Brigade"),
]


@pytest.mark.parametrize("text, trigger, name", BACK_REFERENCES)
def test_doer_of_back_reference_is_read(text: str, trigger: str, name: str) -> None:
    assert name in doers(text, trigger)


@pytest.mark.parametrize("text, trigger, name", BACK_REFERENCES)
def test_doer_of_back_reference_in_wire_capitals(text: str, trigger: str, name: str) -> None:
    # the whole pipeline, which restores the case of wire copy before parsing
    found = {n.lower() for n in perpetrators_of(text.upper())}
    assert name.lower() in found, found


@pytest.mark.parametrize("text, trigger, name", [
    # Peru: a bare plural of deeds is a record, not this incident
    ("A bomb exploded at a bank in Huancayo on Monday. Two guards were hurt. Windows were "
     "broken. Shops were closed. Actions by the Tupac Amaru Front have declined since 1990.",
     "exploded", "Tupac Amaru"),
    # Nigeria: a new operation, not the incident told before
    ("Gunmen killed seven villagers near Jos on Sunday. Their homes were burned. Relatives "
     "buried the dead. The governor visited. An operation by the Plateau Vigilance Brigade "
     "began on Monday.", "killed", "Plateau Vigilance"),
    # Pakistan: a record said of the group, not of the incident
    ("A bomb exploded at a bus stop in Quetta on Monday. Five people died. Shops closed. The "
     "road was blocked. Peace talks were a wise step by the Bolan Liberation Front last "
     "year.", "exploded", "Bolan Liberation"),
])
def test_no_doer_without_back_reference(text: str, trigger: str, name: str) -> None:
    found = doers(text, trigger)
    assert not any(name in n for n in found), found
