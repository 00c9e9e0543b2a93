"""A nationality word right before a place name says whose place it is: 'Iraqi Kurdistan' is in
Iraq (the gazetteer's only 'Kurdistan' province is Iran's), 'Pakistani Punjab' and 'Indian Punjab'
are each country's. Who controls a place does not say where it lies: 'the Russian-occupied city
of Kherson' stays in Ukraine. Sentences written for Iraq, Pakistan, India and Ukraine."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _country(text: str) -> str | None:
    doc = default_pipeline()(Article(id="t", text=text, published="2019-09-20"))
    event = primary_event(doc)
    assert event is not None
    return event.location.country if event.location else None


@pytest.mark.parametrize(("text", "country"), [
    ("Iranian artillery shelled villages in Iraqi Kurdistan on Saturday, local officials said.",
     "Iraq"),
    ("Police fired tear gas at farmers marching on a highway in Pakistani Punjab on Saturday.",
     "Pakistan"),
    ("Police fired tear gas at farmers marching on a highway in Indian Punjab on Saturday.",
     "India"),
    ("Russian forces shelled the Russian-occupied city of Kherson on Saturday, killing two.",
     "Ukraine"),
])
def test_nationality_before_a_place(text: str, country: str) -> None:
    assert _country(text) == country
