"""Deeds still ahead of the telling are no events: a planned or upcoming protest ("ahead of
planned protests", "a march called for Friday") and a forecast under a condition ("fighting
could resume if the talks collapse", "clashes would break out unless ..."); the arrest told
beside a planned protest stays an arrest (sentences written for several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _types(text: str) -> list[str | None]:
    return [e.event_type for e in default_pipeline()(Article(id="t", text=text)).events]


@pytest.mark.parametrize("text", [
    "Opposition leader Kizza Mutebi was placed under house arrest on Monday ahead of planned "
    "protests in Kampala.",
    "Security forces arrested dozens of activists in Bamako on Saturday ahead of an upcoming "
    "rally against the junta.",
    "Police in Lusaka detained a student union leader on Wednesday ahead of a march called for "
    "Friday.",
])
def test_a_protest_still_ahead_is_no_protest(text: str) -> None:
    types = _types(text)
    assert types and "Protests" not in types, types
    assert "Strategic developments" in types, types


@pytest.mark.parametrize("text", [
    "The UN envoy warned that fighting could resume in Tripoli if the talks collapse.",
    "Officials in Juba said clashes would break out again in Jonglei unless the cattle are "
    "returned.",
    "Elders in Ghazni warned that the militia might attack the market if the ransom is not paid.",
])
def test_a_forecast_under_a_condition_is_no_event(text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize("text", [
    "A well-planned attack on an army post near Tillaberi killed 17 soldiers on Tuesday.",
    "Gunmen killed five villagers near Zurmi on Monday and would have killed more if soldiers "
    "had not arrived.",
])
def test_a_done_deed_stays(text: str) -> None:
    assert _types(text), text
