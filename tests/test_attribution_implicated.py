"""Doers named by their part in a crime, or held or tried for it (sentences written for several
countries, mixed case and all-capitals wire copy); people held name no doer."""

from __future__ import annotations

import functools

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.pipeline import Pipeline, default_pipeline


@functools.cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def run(text: str) -> Document:
    """The whole pipeline on ``text`` (all-capitals copy is case-restored first)."""
    return _pipeline()(Article(id="t", text=text, published="2024-05-10"))


def deed(doc: Document) -> Event:
    """The report's violent event."""
    found = [e for e in doc.events
             if e.event_type in {"Violence against civilians", "Explosions/Remote violence"}]
    assert found, [(e.event_type, e.trigger) for e in doc.events]
    return found[0]


def perpetrators(event: Event) -> dict[str, str]:
    """name → attribution of the event's perpetrators."""
    return {a.name: a.attribution for a in event.actors if a.role == "perpetrator"}


@pytest.mark.parametrize(("text", "group", "attributions"), [
    ("Five members of the Nigerian army involved in the massacre of farmers in Zaki Biam on "
     "16 November were dismissed on Friday.",
     "army", {"stated"}),
    ("SIX SOLDIERS OF THE UGANDAN ARMY WERE HELD ON SUSPICION OF BEING IMPLICATED IN THE "
     "KILLING OF TWO TEACHERS NEAR KASESE ON FRIDAY.", "Uganda", {"suspected", "accused"}),
    ("The trial of two Taliban commanders for the bombing of the Kabul hotel opened on Monday.",
     "Taliban", {"accused"}),
    ("Prosecutors said six men, among them members of the Burundian army, were arrested on "
     "Monday over their suspected involvement in the murder of a shopkeeper "
     "in Ngozi on 9 June.", "Defence Force", {"suspected"}),
])
def test_held_or_implicated_group_is_the_perpetrator(
    text: str, group: str, attributions: set[str]
) -> None:
    perps = perpetrators(deed(run(text)))
    found = [a for name, a in perps.items() if group.lower() in name.lower()]
    assert found and set(found) <= attributions, perps


def test_people_held_name_no_doer() -> None:
    doc = run("Police said a group of people were arrested on Monday because of their suspected "
              "involvement in the assassination of the opposition leader in Bujumbura on 3 May.")
    assert not [n for n in perpetrators(deed(doc)) if n.startswith("Civilians")]


def test_holding_for_something_else_names_no_doer() -> None:
    doc = run("Gunmen shot dead a trader in Mombasa on Sunday. The arrest of two members of the "
              "Mombasa Republican Council for illegal assembly was ordered on Monday.")
    assert not [n for n in perpetrators(deed(doc)) if "Republican" in n]


@pytest.mark.parametrize(("text", "attribution"), [
    ("Two villagers were hacked to death in Beni on Monday. Residents believe the ADF was "
     "guilty of the killings.", "suspected"),
    ("Two journalists were shot dead in Goma on Monday. The governor said the ADF was guilty "
     "of the killings.", "confirmed"),
])
def test_guilty_of_the_deed_names_its_doer(text: str, attribution: str) -> None:
    perps = perpetrators(deed(run(text)))
    assert perps.get("Allied Democratic Forces") == attribution, perps


@pytest.mark.parametrize(("text", "group"), [
    ("A human rights lawyer was killed in Bukavu in May. Officers of the Congolese army will be "
     "brought to trial for the murder of the lawyer.", "Congo"),
    ("TWO LIEUTENANTS OF THE GUATEMALAN ARMY WILL BE BROUGHT TO TRIAL FOR THE KILLING OF A "
     "PEASANT LEADER IN COBAN IN JUNE.", "Guatemala"),
    ("A trader was shot dead in Mombasa in January. Two members of the Mombasa Republican "
     "Council were convicted of the murder on Monday.", "Mombasa Republican Council"),
])
def test_tried_or_convicted_for_the_deed_is_accused(text: str, group: str) -> None:
    perps = perpetrators(deed(run(text)))
    assert any(group in name and a == "accused" for name, a in perps.items()), perps


def test_brought_to_hospital_is_no_trial() -> None:
    doc = run("A trader was shot dead in Mombasa on Sunday. Two members of the Mombasa Republican "
              "Council were brought to hospital after the attack.")
    assert "Mombasa Republican Council" not in perpetrators(deed(doc))
