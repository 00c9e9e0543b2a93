"""'Blew up' is a detonation, not a suicide bombing: only "blew himself/herself/themselves up"
is. Hand-written sentences from several countries."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.eval.acled import primary_event


def sub_event(text: str) -> str | None:
    """The primary event's sub-event type."""
    event = primary_event(extract_document(text, published="2023-06-22"))
    return event.sub_event_type if event else None


@pytest.mark.parametrize("text", [
    "ELN guerrillas blew up a section of an oil pipeline in Arauca on Monday.",
    "Militants blew up a gas pipeline in North Sinai on Monday, security sources said.",
    "Insurgents blew up a bridge on the highway linking Kabul and Kandahar on Monday.",
    "Maoist rebels blew up a railway track in Jharkhand overnight, derailing a goods train.",
])
def test_blowing_up_a_thing_is_a_remote_explosive(text: str) -> None:
    assert sub_event(text) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "A man wearing an explosive vest blew himself up at a mosque in Peshawar during Friday "
    "prayers, killing 30.",
    "A woman blew herself up at a market in Konduga on Sunday, killing four people.",
])
def test_blowing_oneself_up_is_a_suicide_bomb(text: str) -> None:
    assert sub_event(text) == "Suicide bomb"
