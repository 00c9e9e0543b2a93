"""One actor per label and part: a generic noun and the named force it belongs to ("Troops of the
Nigerian Army") are one actor; the same label on both sides of a fight stays twice."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.same_label import merge_same_labels


@pytest.mark.parametrize(("text", "label"), [
    pytest.param("Troops of the Nigerian Army killed two militants near Maiduguri on Monday.",
                 "Military Forces of Nigeria", id="nigeria"),
    pytest.param("Soldiers of the Kenya Defence Forces killed two militants near Mandera on Monday.",
                 "Military Forces of Kenya", id="kenya"),
    pytest.param("Troops of the National People's Army killed two militants near Jijel, Algeria, "
                 "on Monday.", "Military Forces of Algeria", id="algeria"),
])
def test_force_named_twice_is_one_actor(pipeline: Any, text: str, label: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-05-04")))
    assert event is not None
    same = [a for a in event.actors if (a.acled_name or "").startswith(label)]
    assert len(same) == 1 and same[0].role == "perpetrator"


def test_same_label_on_both_sides_stays() -> None:
    event = Event(id="e1")
    event.actors = [
        EventActor(name="Rioters (India)", acled_name="Rioters (India)", role="perpetrator"),
        EventActor(name="Rioters (India)", acled_name="Rioters (India)", role="target"),
        EventActor(name="Rioters (India)", acled_name="Rioters (India)", role="other"),
    ]
    merge_same_labels(event)
    assert sorted(a.role for a in event.actors) == ["perpetrator", "target"]


def test_bystander_twin_gives_way_to_the_party() -> None:
    event = Event(id="e1")
    event.actors = [
        EventActor(name="soldiers", acled_name="Military Forces of Mali", role="other"),
        EventActor(name="Malian army", acled_name="Military Forces of Mali", role="perpetrator"),
    ]
    merge_same_labels(event)
    assert [(a.name, a.role) for a in event.actors] == [("Malian army", "perpetrator")]
