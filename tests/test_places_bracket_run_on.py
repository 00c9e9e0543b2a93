"""An entity the NER runs on into the brackets after a place ('Kamanyola (South Kivu') is split
at the bracket: the unit inside is read as a unit, not its last word as a region ('Kivu')."""

from __future__ import annotations

from typing import Any

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.name_extent import split_list


def test_split_list_cuts_at_brackets() -> None:
    """Each side of a bracket is a place of its own; commas and 'and' still split."""
    text = "Kamanyola (South Kivu"
    assert [text[s:e] for s, e in split_list(text, 0, len(text))] == ["Kamanyola", "South Kivu"]
    text = "Beni and Lubero"
    assert [text[s:e] for s, e in split_list(text, 0, len(text))] == ["Beni", "Lubero"]


def test_run_on_entity_keeps_the_unit(pipeline: Any) -> None:
    """The province in brackets places the event even where the town is unknown."""
    event = primary_event(pipeline(Article(
        id="t", text="On 3 May 2024, gunmen killed four farmers in Kamanyola (South Kivu).",
        published="2024-05-04")))
    assert event is not None
    assert (event.location.country_code, event.location.admin1) == ("CD", "Sud-Kivu")
