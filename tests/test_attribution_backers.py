"""Blame for backing the doers names a sponsor, not a doer: "the minister blamed India for backing
the attackers", "accused X of arming the rebels"; a state's denial of "supporting militants" or of "any involvement in <a region>"
denies no part in the deed. Blame for the deed itself still accuses. Sentences written for
several countries, mixed case and wire capitals.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items()
            if name.lower() in n.lower() and not n.startswith("Unidentified")}


@pytest.mark.parametrize(("text", "state"), [
    # Pakistan: a province's minister blames a neighbour for backing the attackers
    ("Militants blew up a gas pipeline near Dera Bugti on Wednesday night. The provincial home "
     "minister blamed India for backing the attackers. India has denied any involvement in "
     "Balochistan.", "India"),
    # Pakistan, wire capitals: the same in agency copy
    ("QUETTA, 9 FEB 06 -- MILITANTS BLEW UP A RAILWAY TRACK NEAR SIBI TODAY. THE PROVINCIAL "
     "HOME MINISTER BLAMED INDIA FOR BACKING THE ATTACKERS. INDIA HAS DENIED ANY INVOLVEMENT IN "
     "BALOCHISTAN.", "India"),
    # India: a denial of supporting militants
    ("Militants threw a grenade at a police post in Baramulla on Friday, wounding three "
     "officers. Pakistan has denied supporting militants in the region.", "Pakistan"),
])
def test_a_backer_is_no_perpetrator(text: str, state: str) -> None:
    assert not _found(perpetrators_of(text), state), perpetrators_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed nine villagers near Hakkari on Sunday. The governor blamed the PKK for the "
     "massacre.", "Kurdistan"),
    ("A bomb exploded at a market in Jolo on Saturday, killing five. The army accused the Abu "
     "Sayyaf of planting the bomb.", "Abu Sayyaf"),
])
def test_blame_for_the_deed_still_accuses(text: str, name: str) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and set(found.values()) <= {"accused", "suspected"}, perpetrators_of(text)
