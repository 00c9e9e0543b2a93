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
