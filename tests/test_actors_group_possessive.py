"""'The movement said its forces fired', 'Houthi military spokesman': armed nouns that name a
named group's men or wing are not the state's military; 'the army said its troops killed'
stays the state (sentences written for Somalia, Colombia, Mali and Syria, mixed case and wire
capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _actors(text: str) -> set[str]:
    doc = default_pipeline()(Article(id="t", text=text, published="2019-08-02"))
    return {a.name for e in doc.events for a in e.actors}


@pytest.mark.parametrize("text", [
    # Somalia
    "Gunmen attacked a market in Kismayo on Thursday, killing nine people. Al Shabaab military "
    "spokesman Abdiasis Abu Musab said the group's fighters had carried out the attack.",
    # Colombia
    "Guerrillas attacked a police station in Toribio on Sunday, killing two officers. The FARC "
    "group said in a statement that its forces had carried out the attack.",
    # Mali, wire capitals
    "GAO, 4 MAR 19 -- GUNMEN ATTACKED A CONVOY NEAR MENAKA TODAY, KILLING FIVE TRUCK DRIVERS. "
    "THE ISLAMIC STATE GROUP SAID ITS FORCES HAD CARRIED OUT THE ATTACK.",
])
def test_group_men_are_not_the_state(text: str) -> None:
    assert not any(n.startswith("Military Forces of") for n in _actors(text)), _actors(text)


def test_army_own_troops_stay_the_state() -> None:
    text = ("Gunmen attacked a checkpoint near Deir ez-Zor on Monday. The army said its troops "
            "killed six of the attackers.")
    assert any(n.startswith("Military Forces of") for n in _actors(text)), _actors(text)


@pytest.mark.parametrize(("text", "owner", "scene"), [
    # West Bank: the army of one state, the event in another country
    ("Two Palestinians were shot dead during a raid on the Balata camp near Nablus on Sunday, "
     "the Palestinian health ministry said. The Israeli army said its forces had fired at "
     "gunmen who attacked them.", "Military Forces of Israel", "Military Forces of Palestine"),
    # Palk Strait: a navy's own sailors off a neighbour's coast
    ("Two Indian fishermen were wounded off Rameswaram on Saturday, Indian officials said. The "
     "Sri Lankan navy said its sailors had fired warning shots at trawlers in its waters.",
     "Military Forces of Sri Lanka", "Military Forces of India"),
    # Lebanon: a foreign army's troops across the border
    ("Three people were killed in a strike on a house in Bint Jbeil on Tuesday, Lebanese "
     "officials said. The Israeli military said its troops had struck a Hezbollah command post.",
     "Military Forces of Israel", "Military Forces of Lebanon"),
])
def test_forces_of_a_national_owner_keep_its_nationality(text: str, owner: str, scene: str) -> None:
    """'The Israeli army said its forces ...': 'its' points back to the Israeli army, so the
    forces are Israel's, not the state's where the event happened."""
    doc = default_pipeline()(Article(id="t", text=text, published="2024-03-10"))
    names = {n for e in doc.events for a in e.actors for n in (a.name, a.acled_name) if n}
    assert any(n.startswith(owner) for n in names), names
    assert not any(n.startswith(scene) for n in names), names
