"""A clan militia the text names by its sub-clan alone takes ACLED's "<Clan>-<Sub-clan> Sub-Clan
Militia" label when the training records hold exactly one such label in that country, on
hand-written sentences; a clan with no such label, or the same name in another country, keeps
its own."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.trained_labels import sub_clan_label


@pytest.mark.parametrize(("clan", "expected"), [
    ("Ayr Clan Militia (Somalia)", "Habar Gedir-Ayr Sub-Clan Militia (Somalia)"),
    ("Saad Clan Militia (Somalia)", "Habar Gedir-Saad Sub-Clan Militia (Somalia)"),
    ("Ayr Clan Militia (Kenya)", None),  # the records hold the sub-clan in Somalia only
    ("Marehan Clan Militia (Somalia)", None),  # a clan, no sub-clan label
    ("Ayr Ethnic Militia (Somalia)", None),  # not a clan label
])
def test_sub_clan_label(clan: str, expected: str | None) -> None:
    assert sub_clan_label(clan) == expected


def test_sub_clan_in_a_report(pipeline: Any) -> None:
    text = ("Militiamen from the Ayr sub-clan clashed with Leelkayse clan militia near Gaalkacyo "
            "on Sunday, killing two.")
    event = primary_event(pipeline(Article(id="t", text=text, published="2019-03-11")))
    assert event is not None
    assert "Habar Gedir-Ayr Sub-Clan Militia (Somalia)" in [a.acled_name for a in event.actors]
