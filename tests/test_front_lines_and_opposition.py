"""A front line in lower case names no group ("on the Kabani front"), and Syria's unnamed armed
opposition is ACLED's 'Opposition Rebels (Syria)' (acled_train.jsonl: 30 records), only in a
report about Syria."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article


def _labels(pipeline: Any, text: str, published: str, role: str | None = None) -> list[str]:
    document = pipeline(Article(id="front", text=text, published=published, source=None))
    return [a.acled_name or a.name for e in document.events for a in e.actors
            if role is None or a.role == role]


@pytest.mark.parametrize(("text", "published"), [
    ("On 7 March 2020, regime forces clashed with rebels on the Kabani front in Latakia "
     "countryside.", "2020-03-08"),
    ("Government troops fought Houthi fighters along the Nihm front east of Sanaa on Sunday.",
     "2019-02-04"),
])
def test_a_front_line_is_no_group(pipeline: Any, text: str, published: str) -> None:
    labels = _labels(pipeline, text, published)
    assert labels and not any(name in ("Kabani", "Nihm") for name in labels)


@pytest.mark.parametrize(("text", "role"), [
    ("On 4 May 2020, opposition factions attacked regime positions on the Ftireh front in Idleb, "
     "killing two soldiers.", "perpetrator"),
    ("Syrian rebels shelled a government-held district of Aleppo on Monday, killing three "
     "civilians.", "perpetrator"),
])
def test_syrias_unnamed_opposition(pipeline: Any, text: str, role: str) -> None:
    assert "Opposition Rebels (Syria)" in _labels(pipeline, text, "2020-05-10", role)


def test_opposition_fighters_elsewhere_are_no_syrian_rebels(pipeline: Any) -> None:
    labels = _labels(pipeline, "On 12 June 2021, opposition fighters clashed with police in "
                     "Caracas during a protest.", "2021-06-13")
    assert labels and "Opposition Rebels (Syria)" not in labels
