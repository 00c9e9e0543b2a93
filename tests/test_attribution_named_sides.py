"""A fight whose two sides are named as two countries' forces gets no unidentified armed group
as a third side; a battle naming only its victims still does: hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def labels(pipeline: Any, text: str, published: str) -> list[str]:
    """ACLED labels (or names) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.acled_name or a.name for a in event.actors]


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on "
                 "Saturday, officials said.", "2021-08-01", id="kyrgyz_tajik"),
    pytest.param("Indian and Pakistani troops exchanged fire along the Line of Control in Poonch "
                 "district on Tuesday.", "2020-05-20", id="india_pakistan"),
    pytest.param("Armenian and Azerbaijani forces clashed overnight near Jermuk, leaving several "
                 "soldiers dead.", "2022-09-14", id="armenia_azerbaijan"),
])
def test_no_third_side_when_both_are_named(pipeline: Any, text: str, published: str) -> None:
    assert not [n for n in labels(pipeline, text, published)
                if n.startswith("Unidentified Armed Group")]


def test_unnamed_attackers_are_still_implied(pipeline: Any) -> None:
    found = labels(pipeline, "Two Indian soldiers were killed in an attack near the border in "
                   "Kupwara on Monday, the army said.", "2020-06-20")
    assert "Unidentified Armed Group (India)" in found


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on "
                 "Saturday, officials said.", "2021-08-01",
                 {"Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"}, id="kg_tj"),
    pytest.param("Uzbek and Kyrgyz police clashed with each other at a border post near Osh on "
                 "Thursday.", "2022-01-28",
                 {"Police Forces of Uzbekistan", "Police Forces of Kyrgyzstan"}, id="uz_kg"),
])
def test_each_coordinated_nation_is_a_side(pipeline: Any, text: str, published: str,
                                           expected: set[str]) -> None:
    # the parse makes the first nationality the head of the coordination ("Kyrgyz [and] guards")
    found = {n.split(" (")[0] for n in labels(pipeline, text, published)}
    assert expected <= found
