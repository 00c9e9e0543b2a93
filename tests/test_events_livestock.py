"""Livestock theft is looting: "rustled 200 cattle", "seized 90 head of cattle"."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "On 9 May 2019, gunmen rustled more than 200 cattle from herders near Moroto.",
    "Bandits seized 90 head of cattle from a kraal near Kapoeta on Tuesday.",
    "On 2 June 2018, raiders drove off 300 goats from a homestead in Tana River county.",
])
def test_livestock_theft_is_read_as_looting(text: str) -> None:
    """The rules read a theft of animals as looting."""
    events = Pipeline(stages=["events"])(Article(id="l", text=text)).events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Police seized 40 guns in Mombasa on Monday.",
    "The court seized the assets of the former governor on 4 May 2019.",
])
def test_seizing_other_things_is_no_looting(text: str) -> None:
    """Seizing weapons or assets is no theft of animals."""
    events = Pipeline(stages=["events"])(Article(id="l", text=text)).events
    assert all(e.sub_event_type != "Looting/property destruction" for e in events)
