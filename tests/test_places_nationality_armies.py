"""One test of a force named only by its nationality, before geoparsing (the gazetteer's reading of
the first word) and after it (the geoparser's country adjectives, which read 'South Sudanese')."""

from __future__ import annotations

import pytest

from eventcoder.document import Actor, Mention
from eventcoder.resolve.event_location.country_votes import nationality_only


def _actor(text: str, phrase: str, kind: str = "state forces") -> Actor:
    start = text.index(phrase)
    return Actor(actor_id="a1", name=phrase, country="XX", kind=kind,
                 mentions=[Mention(start=start, end=start + len(phrase), text=phrase)])


@pytest.mark.parametrize(("text", "phrase", "starts", "only"), [
    # a two-word adjective the first word alone does not read: the geoparser's reading decides
    ("South Sudanese troops crossed the border at dawn.", "South Sudanese troops", set(), False),
    ("South Sudanese troops crossed the border at dawn.", "South Sudanese troops", {0}, True),
    ("Ethiopian soldiers withdrew from the town.", "Ethiopian soldiers", set(), True),
    ("Burundian peacekeepers were ambushed on the road.", "Burundian peacekeepers", set(), True),
    # police serve at home, whatever the geoparser read
    ("Ugandan police arrested four traders.", "Ugandan police", {0}, False),
])
def test_nationality_only_before_and_after_geoparsing(text: str, phrase: str, starts: set[int],
                                                      only: bool) -> None:
    assert nationality_only(text, _actor(text, phrase), starts) is only


def test_a_government_named_by_nationality_counts_as_a_force_abroad() -> None:
    text = "Chadian troops shelled the village on Monday."
    assert nationality_only(text, _actor(text, "Chadian troops", kind="government"))
    assert not nationality_only(text, _actor(text, "Chadian troops", kind="armed group"))
