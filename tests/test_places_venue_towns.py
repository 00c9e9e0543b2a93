"""A building stands in the town it is named after: an attack "at Lagos Stadium", "at the Kabul
University campus" or "outside Maiduguri prison" is in that town (before, the venue word hid the
town and the event had no place). Roads and canals lead elsewhere: "on the Mombasa Road" is no
event in Mombasa. Sentences written for Nigeria, Afghanistan, England, Kenya."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _place(text: str) -> tuple[str | None, str | None]:
    doc = default_pipeline()(Article(id="t", text=text, published="2023-05-02"))
    event = primary_event(doc)
    assert event is not None
    loc = event.location
    return (loc.name, loc.country) if loc else (None, None)


@pytest.mark.parametrize(("text", "country"), [
    ("A suicide bomber killed nine people at Lagos Stadium on Monday night, police said.",
     "Nigeria"),
    ("Gunmen stormed the Kabul University campus on Monday, killing 19 students.",
     "Afghanistan"),
    ("Two inmates were shot dead during a riot at Maiduguri prison on Sunday.", "Nigeria"),
    ("A device exploded in the foyer of Manchester Arena at the end of a concert on Monday, "
     "killing 22 people.", "United Kingdom"),
])
def test_a_venue_stands_in_its_town(text: str, country: str) -> None:
    assert _place(text)[1] == country


def test_a_road_leads_elsewhere() -> None:
    name, _ = _place("Bandits robbed and shot dead a lorry driver on the Mombasa Road near "
                     "Athi River on Tuesday night.")
    assert name != "Mombasa"


def test_a_venue_named_by_everyday_words_names_no_town() -> None:
    name, country = _place("Non-teaching staff at the Federal University of Technology, Minna, "
                           "shut the main gate on Monday to protest unpaid wages.")
    assert (name, country) == ("Minna", "Nigeria")
