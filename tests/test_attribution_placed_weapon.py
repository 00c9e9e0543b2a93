"""Who placed the bomb: the agent of a weapon being placed or left is its doer; other placing
is not (sentences written for several countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import doers, perpetrators_of

PLACED = [
    # Honduras: the police's belief, so a suspicion
    ("A bomb was found near the embassy in Tegucigalpa on Monday. Nobody was hurt. The street "
     "was closed. Experts defused it. Police believe that the device was meant to be left at "
     "the embassy gate by members of the Morazanist Front.", "found",
     "Morazanist Front", "suspected"),
    # Northern Ireland: told as fact
    ("A bomb exploded outside a bank in Newry on Friday. Two guards were hurt. Windows were "
     "broken. Shops closed early. The device had been planted in a bin near the bank by the "
     "Ulster Liberation Front.", "exploded", "Ulster Liberation Front", "stated"),
]


@pytest.mark.parametrize("text, trigger, name, attribution", PLACED)
def test_agent_of_placed_weapon_is_doer(text: str, trigger: str, name: str,
                                        attribution: str) -> None:
    assert doers(text, trigger).get(name) == attribution


@pytest.mark.parametrize("text, trigger, name, attribution", PLACED)
def test_agent_of_placed_weapon_in_wire_capitals(text: str, trigger: str, name: str,
                                                 attribution: str) -> None:
    found = {n.lower() for n in perpetrators_of(text.upper())}
    assert name.lower() in found, found


def test_placing_a_person_names_no_doer() -> None:
    text = ("Gunmen killed a trader in Mombasa on Sunday. His shop was looted. Neighbours fled. "
            "The road was closed. A suspect was placed under arrest by the Coast Rangers Unit.")
    assert not any("Coast Rangers" in n for n in doers(text, "killed"))
