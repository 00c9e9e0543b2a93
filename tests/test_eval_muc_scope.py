"""MUC-4 scope: combat against the military or the police is no terrorist incident, an attack
with any other target is (sentences written for several countries, mixed case and capitals)."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, Document, Event, EventActor, Target
from eventcoder.eval.muc import scored_events
from eventcoder.eval.muc_scope import combat_only, is_armed_forces
from eventcoder.pipeline import Pipeline, default_pipeline


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str) -> Document:
    """The whole pipeline on ``text``."""
    return _pipeline()(Article(id="t", text=text, published="2024-05-10"))


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters ambushed a military convoy near Afgoye on Monday, killing seven soldiers.",
    "Gunmen attacked a police station in Kano on Sunday night, killing three officers.",
    "NPA GUERRILLAS AMBUSHED AN ARMY PATROL IN NEGROS ORIENTAL ON MONDAY, KILLING FOUR SOLDIERS.",
])
def test_attacks_on_armed_forces_only_are_combat(text: str) -> None:
    doc = run(text)
    assert doc.events and any(combat_only(e) for e in doc.events)
    assert scored_events(doc) == []
    assert scored_events(doc, with_clashes=True)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bus carrying traders near Kano on Sunday, killing three passengers.",
    "A bomb exploded outside a police station in Peshawar on Friday, killing two children and "
    "a policeman.",
    "Suspected Maoists shot dead a village headman in Dantewada district on Wednesday.",
    "TERRORISTS DYNAMITED THE HOUSE OF A JUDGE IN AYACUCHO ON MONDAY.",
])
def test_attacks_with_any_other_target_are_incidents(text: str) -> None:
    doc = run(text)
    assert not any(combat_only(e) for e in scored_events(doc))
    assert scored_events(doc)


def test_event_without_known_target_is_left_as_it_is() -> None:
    event = Event(id="e", event_type="Explosions/Remote violence",
                  gtd_attack_type="Bombing/Explosion")
    assert combat_only(event) is False
    event.targets.append(Target("a barracks", "Military"))
    assert combat_only(event) is True
    event.actors.append(EventActor(name="Civilians (Peru)", role="target"))
    assert combat_only(event) is False


@pytest.mark.parametrize(("name", "armed"), [
    ("Military Forces of Colombia (1982-1986)", True),
    ("Police Forces of Chile", True),
    ("United States Armed Forces", True),
    ("Civilians (Peru)", False),
    ("Shining Path", False),
])
def test_armed_forces_names(name: str, armed: bool) -> None:
    assert is_armed_forces(EventActor(name=name)) is armed
