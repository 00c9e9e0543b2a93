"""Marching in a parade is no demonstration: "a missile hit the parade ground as recruits
marched past" stays a missile strike, not force against protesters; "students marched on
parliament" stays a protest (sentences written for Ukraine, Nigeria, Pakistan and Chile, mixed
case and wire capitals)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _types(text: str) -> list[str]:
    doc = default_pipeline()(Article(id="t", text=text, published="2016-09-03"))
    return [f"{e.event_type}/{e.sub_event_type}" for e in doc.events if not e.historical]


@pytest.mark.parametrize("text", [
    # Ukraine
    "A rocket struck a military parade in Donetsk on Sunday, killing four soldiers. The rocket "
    "hit the square as cadets marched past the reviewing stand.",
    # Nigeria, wire capitals
    "MAIDUGURI, 2 SEP 16 -- A MORTAR SHELL HIT A PASSING-OUT PARADE AT THE POLICE COLLEGE TODAY, "
    "KILLING SIX RECRUITS. THE SHELL LANDED AS THE RECRUITS MARCHED ACROSS THE PARADE GROUND.",
])
def test_parade_march_is_no_protest(text: str) -> None:
    types = _types(text)
    assert types and not any(t.startswith("Protests") for t in types), types


@pytest.mark.parametrize("text", [
    # Chile
    "Thousands of students marched on the Congress in Valparaiso on Thursday to demand free "
    "university education.",
    # Pakistan
    "Hundreds of lawyers marched to the high court in Lahore on Monday, chanting slogans against "
    "the chief minister.",
])
def test_protest_march_stays(text: str) -> None:
    assert any(t.startswith("Protests") for t in _types(text)), _types(text)
