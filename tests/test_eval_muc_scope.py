"""MUC-4 scope of relevance: combat against armed forces is no terrorist incident, an attack or
a battle that hit any other target is (sentences written for several countries, mixed case and
capitals)."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, DateInfo, Document, Event, EventActor, Target
from eventcoder.eval.muc import relevant_incident, score_report, scored_events
from eventcoder.eval.muc_scope import (
    combat_only,
    hits_non_combatants,
    is_armed_forces,
    terrorist_incident,
)
from eventcoder.pipeline import Pipeline, default_pipeline


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str) -> Document:
    """The whole pipeline on ``text``."""
    return _pipeline()(Article(id="t", text=text, published="2024-05-10"))


def _relevant(doc: Document) -> bool:
    line = {"id": "t", "text": doc.article.text, "published": "2024-05-10",
            "gold": {"templates": []}}
    return bool(score_report(line, doc)["pred_relevant_by_target"])


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters ambushed a military convoy near Afgoye on Monday, killing seven soldiers.",
    "Gunmen attacked a police station in Kano on Sunday night, killing three officers.",
    "NPA GUERRILLAS AMBUSHED AN ARMY PATROL IN NEGROS ORIENTAL ON MONDAY, KILLING FOUR SOLDIERS.",
])
def test_attacks_on_armed_forces_only_are_combat(text: str) -> None:
    doc = run(text)
    assert doc.events, "the attack stays in the output (ACLED codes it)"
    assert all(combat_only(e) for e in scored_events(doc))
    assert not _relevant(doc)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bus carrying traders near Kano on Sunday, killing three passengers.",
    "A bomb exploded outside a police station in Peshawar on Friday, killing two children and "
    "a policeman.",
    "Suspected Maoists shot dead a village headman in Dantewada district on Wednesday.",
    "TERRORISTS DYNAMITED THE HOUSE OF A JUDGE IN AYACUCHO ON MONDAY.",
    "Armed men kidnapped two engineers from a mining camp in Zamora Chinchipe on Tuesday.",
])
def test_attacks_with_any_other_target_are_incidents(text: str) -> None:
    doc = run(text)
    assert any(terrorist_incident(e) for e in scored_events(doc))
    assert _relevant(doc)


@pytest.mark.parametrize("text", [
    "A journalist was killed on Tuesday while covering a gunfight between soldiers and militants "
    "in Miranshah.",
    "Soldiers and Ambazonian separatists exchanged fire in Bamenda on Friday; a school was set "
    "ablaze during the fighting.",
    "TROOPS AND FARC DISSIDENTS CLASHED IN EL PLATEADO ON MONDAY; TWO SHOPS WERE BURNED.",
])
def test_battles_that_hit_non_combatants_are_incidents(text: str) -> None:
    doc = run(text)
    assert any(hits_non_combatants(e) for e in doc.events)
    assert _relevant(doc)


@pytest.mark.parametrize("text", [
    "ARMY TROOPS AND REBELS CLASHED NEAR ESTELI ON SUNDAY, LEAVING THREE SOLDIERS DEAD.",
    "Rebels and the army fought for control of Kidal on Wednesday, the UN mission said.",
])
def test_battles_between_armed_sides_are_not(text: str) -> None:
    doc = run(text)
    assert doc.events and not _relevant(doc)


def test_combat_on_records() -> None:
    event = Event(id="e", event_type="Explosions/Remote violence",
                  gtd_attack_type="Bombing/Explosion")
    assert not combat_only(event) and terrorist_incident(event)
    event.targets.append(Target("a barracks", "Military"))
    assert combat_only(event) and not terrorist_incident(event)
    event.actors.append(EventActor(name="Civilians (Peru)", role="target"))
    assert not combat_only(event) and terrorist_incident(event)


def test_clash_counts_by_what_it_hit() -> None:
    clash = Event(id="c", event_type="Battles", sub_event_type="Armed clash",
                  date=DateInfo(start="2024-05-08"), targets=[Target("an army post", "Military")])
    assert not relevant_incident(clash)
    clash.targets.append(Target("a militia camp", "Terrorists/Non-State Militia"))
    assert not relevant_incident(clash)
    clash.targets.append(Target("a bakery", "Business"))
    assert relevant_incident(clash)
    clash.historical = True
    assert not relevant_incident(clash)


@pytest.mark.parametrize(("name", "armed"), [
    ("Military Forces of Colombia (1982-1986)", True),
    ("Police Forces of Chile", True),
    ("United States Armed Forces", True),
    ("Civilians (Peru)", False),
    ("Shining Path", False),
])
def test_armed_forces_names(name: str, armed: bool) -> None:
    assert is_armed_forces(EventActor(name=name)) is armed


def test_report_figures_keep_the_unjudged_relevance() -> None:
    """A report told only as combat is not relevant, but still counts among every violent event."""
    ambush = Event(id="a", event_type="Battles", sub_event_type="Armed clash",
                   gtd_attack_type="Armed Assault", date=DateInfo(start="2024-05-08"),
                   targets=[Target("a military convoy", "Military")],
                   actors=[EventActor(name="ELN", role="perpetrator")])
    doc = Document(article=Article(id="t", text="A REPORT."), events=[ambush])
    line = {"id": "t", "text": "A REPORT.", "published": "2024-05-10",
            "gold": {"templates": [{"optional": False, "type": "ATTACK", "location": "-",
                                    "perp_org": ["ELN"], "perp_confidence": "-"}]}}
    row = score_report(line, doc)
    assert row["pred_relevant_by_target"] is False and row["pred_relevant"] is True
    assert row["templates"][0]["perp_found"] is True
