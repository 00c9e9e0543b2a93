""""Militants dropped explosives from drones on an army post": the subject of "drop" with a
munition as its object is the perpetrator; "dropped the charges" tells no attack (sentences
written for Iraq, Syria, Somalia, Ukraine and Myanmar, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


@pytest.mark.parametrize(("text", "name"), [
    # Iraq
    ("Islamic State militants dropped explosives from drones on an army post near Kirkuk on "
     "Sunday, wounding four soldiers.", "Islamic State"),
    # Syria
    ("Fighters of Hayat Tahrir al-Sham dropped grenades from a drone on a checkpoint near "
     "Saraqeb on Monday, killing two soldiers.", "Tahrir"),
    # Somalia, wire capitals
    ("BAIDOA, 4 JUN 21 -- AL SHABAAB FIGHTERS DROPPED MORTAR BOMBS FROM A QUADCOPTER ON AN "
     "AFRICAN UNION BASE NEAR THE TOWN TODAY, INJURING THREE PEACEKEEPERS.", "Shabaab"),
])
def test_subject_of_dropped_munitions_is_perpetrator(text: str, name: str) -> None:
    perps = perpetrators_of(text)
    assert any(name.lower() in n.lower() for n in perps), perps


def test_dropped_charges_name_no_perpetrator() -> None:
    text = ("A court in Sittwe dropped the charges against two members of the Arakan Army on "
            "Monday, their lawyer said.")
    assert not any("Arakan" in n for n in perpetrators_of(text))
