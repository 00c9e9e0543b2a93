"""Demonstrators who set fire to something make a violent demonstration: the rule's phrase entries
("set fire", "set ablaze", "set on fire") were compared with single tokens and never matched, so
only the model's confidence kept some such protests from being typed peaceful. Hand-written
sentences from several countries."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize("text", [
    "Anti-government protesters set fire to the parliament building in Bishkek on Monday.",
    "Opposition supporters protesting the election result set the ruling party's offices on fire "
    "in Kinshasa on Tuesday.",
    "Anti-mining protesters set a company truck on fire near Las Bambas on Wednesday.",
])
def test_demonstrators_setting_fire_riot(text: str) -> None:
    event = primary_event(extract_document(text, published="2021-10-06"))
    assert event is not None
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_fire_set_by_police_keeps_the_protest_peaceful_side() -> None:
    # the doer of the burning is the state: not the demonstrators' violence
    text = ("Hundreds of traders marched peacefully in Lusaka on Monday; police later set fire to "
            "their abandoned stalls.")
    event = primary_event(extract_document(text, published="2021-10-06"))
    assert event is not None and event.event_type != "Riots"
