"""A convoy, a post or a patrol is the state's or a group's only when nothing says whose it is:
"a convoy of passenger vehicles", "a convoy of pilgrims" carry civilians, and an attack on them is
violence against civilians. The rammer of a vehicle bomb is the attack's doer. Sentences written
for several countries."""

from __future__ import annotations

from typing import Any

import pytest
from actor_labels import primary_roles

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "At least 42 people were killed when gunmen opened fire on a convoy of passenger vehicles in "
    "Lower Kurram on Thursday, officials said.",
    "Gunmen ambushed a convoy of pilgrims near Karbala on Friday, killing six.",
])
def test_civilian_convoy_attack(pipeline: Any, text: str) -> None:
    """An attack on a convoy of civilians is violence against civilians."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-11-22")))
    assert event is not None and event.event_type == "Violence against civilians", event.event_type


@pytest.mark.parametrize("text", [
    "Militants ambushed an army convoy near Datta Khel on Thursday, killing four soldiers.",
    # one dignitary's convoy travels under armed escort
    "Gunmen attacked the convoy of the deputy governor near Abeokuta on Thursday. His security "
    "escort returned fire.",
])
def test_escorted_convoy_attack_is_a_battle(pipeline: Any, text: str) -> None:
    """An ambush of an army or escorted convoy stays a battle."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-11-22")))
    assert event is not None and event.event_type == "Battles", event.event_type


def test_rammer_is_the_doer(pipeline: Pipeline) -> None:
    """The bomber who rams a vehicle into a convoy did the attack."""
    roles = primary_roles(pipeline, "Five engineers and their driver were killed when a suicide "
                          "bomber rammed an explosives-laden vehicle into their convoy in Besham, "
                          "Khyber Pakhtunkhwa, on Tuesday.", "2024-03-27")
    assert roles.get("Unidentified Armed Group (Pakistan)") == "perpetrator", roles
