"""'Fired on' is shooting: the word "on" in a YAML list read as the boolean true, so "soldiers
fired on rebel positions" made no event. Hand-written sentences from several countries."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "event_type"), [
    ("Soldiers fired on rebel positions near Mrauk-U on Monday.", "Battles"),
    ("Government troops fired on M23 positions in the hills above Sake on Tuesday, a local "
     "official said.", "Battles"),
    ("Gunmen fired on a bus carrying pilgrims near Mastung on Sunday, wounding six.",
     "Violence against civilians"),
    ("Border guards fired on a group of migrants crossing the river near Ciudad Juarez, "
     "killing two.", "Violence against civilians"),
])
def test_firing_on_someone_is_violence(text: str, event_type: str) -> None:
    event = primary_event(extract_document(text, published="2024-02-13"))
    assert event is not None and event.event_type == event_type
