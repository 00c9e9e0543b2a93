"""The Turkish arson group "Children of Fire Initiative" (Wikipedia) is known in any case of
writing, and the Greek group of the same short name keeps its own entry in Greece."""

from __future__ import annotations

from typing import Any

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def _names(pipeline: Any, text: str, published: str) -> list[str]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.name for a in event.actors] + [a.acled_name or "" for a in event.actors]


def test_lower_case_initiative_in_turkey(pipeline: Any) -> None:
    names = _names(pipeline, "Property destruction: On 30 July 2021, the children of fire "
                             "initiative set fire to two trucks in Adana. No injuries were "
                             "reported.", "2021-07-31")
    assert "Children of Fire Initiative" in names and "Children of Fire" in names


def test_greek_namesake_stays_greek(pipeline: Any) -> None:
    names = _names(pipeline, "On 2 July 2021, the Children of Fire claimed an arson attack on "
                             "a bank in Athens.", "2021-07-03")
    assert "Children of Fire (Greece)" in names
    assert "Children of Fire Initiative" not in names
