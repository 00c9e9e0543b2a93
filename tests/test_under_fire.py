"""Fire or an attack something "came under": an attack on what is under it, by the side that owns
the fire or that it comes from; a critic's fire and a fire that burns are none."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article


def _event(pipeline: Any, text: str, published: str = "2021-05-10") -> Any:
    events = pipeline(Article(id="fire", text=text, published=published, source=None)).events
    assert events, text
    return events[0]


def _roles(event: Any, role: str) -> list[str]:
    return [a.acled_name or a.name for a in event.actors if a.role == role]


@pytest.mark.parametrize(("text", "event_type", "perpetrator", "target"), [
    ("An army convoy came under Taliban fire near Kunduz on Monday, killing two soldiers.",
     "Battles", "Taliban", "Military Forces of Afghanistan"),
    ("A police patrol came under fire from al-Shabaab fighters near Afgoye on Tuesday.",
     "Battles", "Al Shabaab", "Police Forces of Somalia"),
    ("A police post in Dera Ismail Khan came under attack from TTP militants on Sunday night.",
     "Battles", "TTP", "Police Forces of Pakistan"),
    ("Fleeing residents came under fire from RSF fighters near El Fasher on Sunday, witnesses "
     "said.", "Violence against civilians", "RSF", "Civilians (Sudan)"),
    ("The village of Robotyne in Zaporizhzhia came under Russian shelling on Friday, killing a "
     "woman.", "Explosions/Remote violence", "Military Forces of Russia", "Civilians (Ukraine)"),
])
def test_what_came_under_fire_was_attacked(pipeline: Any, text: str, event_type: str,
                                           perpetrator: str, target: str) -> None:
    event = _event(pipeline, text)
    assert event.event_type == event_type
    assert any(perpetrator in label for label in _roles(event, "perpetrator"))
    assert any(target in label for label in _roles(event, "target"))


def test_fire_with_no_named_side_is_an_unidentified_attack(pipeline: Any) -> None:
    event = _event(pipeline, "The convoy came under fire near Kidal on Monday.")
    assert event.event_type == "Battles"
    assert _roles(event, "perpetrator") == ["Unidentified Armed Group (Mali)"]


@pytest.mark.parametrize("text", [
    "The minister came under fire from opposition MPs in Nairobi on Tuesday over the budget.",
    "The president came under fire from rights groups on Monday for his remarks.",
])
def test_a_critics_fire_is_no_attack(pipeline: Any, text: str) -> None:
    document = pipeline(Article(id="fire", text=text, published="2021-05-10", source=None))
    assert document.events == []


@pytest.mark.parametrize(("text", "published", "label"), [
    ("Pro-Houthi shelling hit a market in Taiz on Monday, killing four civilians.", "2021-05-10",
     "Supreme Political Council"),
    ("Pro-Hamas fighters fired rockets at Sderot from Gaza on Tuesday.", "2021-05-11", "Hamas"),
])
def test_pro_x_at_the_start_of_a_sentence_is_the_side(pipeline: Any, text: str, published: str,
                                                      label: str) -> None:
    event = _event(pipeline, text, published)
    assert any(label in name for name in _roles(event, "perpetrator"))


def test_sympathisers_deeds_abroad_name_no_group(pipeline: Any) -> None:
    document = pipeline(Article(id="pro", text="A wave of pro-Hamas attacks on Jewish shops in "
                                "Paris was reported on Sunday; police arrested two men.",
                                published="2023-11-20", source=None))
    names = [a.acled_name or a.name for e in document.events for a in e.actors]
    assert not any("Hamas" in n for n in names)
