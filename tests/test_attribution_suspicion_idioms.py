"""Suspicion told in idioms makes the named group a suspected (or accused) perpetrator:
"suspicion fell on X", "suspicion focused on X", "officials pointed the finger at X", "X was the
prime suspect"; "attention turned to the elections" suspects nobody, and "X, which has claimed
many similar attacks in the past" is a record, no claim (sentences written for several
countries, mixed case and wire capitals)."""

from __future__ import annotations

import pytest

from tests.test_attribution_report_doers import perpetrators_of


def _found(perps: dict[str, str], name: str) -> dict[str, str]:
    return {n: a for n, a in perps.items() if name.lower() in n.lower()}


@pytest.mark.parametrize(("text", "name", "attributions"), [
    # Russia (Dagestan): "suspicion fell on", with a record in a relative clause
    ("A gunman shot dead a police colonel in Khasavyurt on Thursday. No group has claimed "
     "responsibility for the killing, but suspicion fell on the Taliban, which has claimed many "
     "similar attacks in the past.", "Taliban", {"suspected"}),
    # Pakistan: "suspicion focused on"
    ("A bomb exploded at a market in Quetta on Thursday, killing six people. Suspicion focused "
     "on Lashkar-e-Jhangvi, which has targeted Shiites in the city.", "Lashkar-e-Jhangvi",
     {"suspected"}),
    # Afghanistan: officials point the finger
    ("A bomb exploded at a market in Kabul on Thursday, killing six people. Officials pointed "
     "the finger at the Haqqani network.", "Haqqani", {"accused", "suspected"}),
    # Somalia: "was the prime suspect"
    ("A bomb exploded at a market in Baidoa on Thursday, killing six people. Police said al "
     "Shabaab was the prime suspect.", "Shabaab", {"suspected", "accused"}),
    # Colombia, wire capitals: "suspicion fell on"
    ("BOGOTA, 14 AUG 98 -- A CAR BOMB DESTROYED A BANK IN MEDELLIN LAST NIGHT. SUSPICION FELL "
     "ON THE NATIONAL LIBERATION ARMY.", "National Liberation Army", {"suspected"}),
    # Spain, wire capitals: the main suspect
    ("MADRID, 2 MAR 97 -- A BOMB EXPLODED OUTSIDE A BARRACKS IN BILBAO TODAY. POLICE SAID ETA "
     "WAS THE MAIN SUSPECT.", "Basque Fatherland", {"suspected", "accused"}),
])
def test_suspicion_idiom_names_a_suspect(text: str, name: str, attributions: set[str]) -> None:
    found = _found(perpetrators_of(text), name)
    assert found and set(found.values()) <= attributions, perpetrators_of(text)


def test_attention_turned_elsewhere_suspects_nobody() -> None:
    text = ("A bomb exploded at a market in Maiduguri on Thursday, killing six people. Attention "
            "turned to the elections, which Boko Haram has threatened to disrupt.")
    assert not _found(perpetrators_of(text), "Boko Haram")
