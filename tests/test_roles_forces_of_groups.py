"""A force noun owned by an armed group is that group's ("urban commandos of the FMLN", "troops
of the Arakan Army"): read as the state, a bombing by them became an air strike. Hand-written
sentences from several countries."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.eval.acled import primary_event
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.model import load_nlp


@pytest.mark.parametrize(("text", "head", "kind"), [
    ("Urban commandos of the FMLN dynamited two power pylons.", "commandos", "armed"),
    ("Troops of the Arakan Army overran a border post.", "Troops", "armed"),
    ("Soldiers of the Kachin Independence Army shelled the town.", "Soldiers", "armed"),
    ("Troops of the Nigerian army recaptured the town.", "Troops", "state"),
])
def test_a_force_takes_its_owners_kind(text: str, head: str, kind: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == head)
    assert kind_of(token, True) == kind


@pytest.mark.parametrize("text", [
    "Urban commandos of the FMLN dynamited two electrical power towers in San Salvador on "
    "Saturday.",
    "Units of the New People's Army blew up a bridge in Northern Samar on Sunday.",
])
def test_a_groups_bombing_is_no_air_strike(text: str) -> None:
    event = primary_event(extract_document(text, published="1990-03-12"))
    assert event is not None and event.sub_event_type == "Remote explosive/landmine/IED"
