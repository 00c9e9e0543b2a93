"""Cartels named after a place or a founder are one named group ("<Name> Cartel"), not the place
read alone nor an unidentified armed group; a nation's cartels are no one cartel. Hand-written
sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.cartels import cartel_hits


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Gunmen from the Tijuana drug cartel killed four police officers in Ensenada on "
                 "Saturday.", "2008-01-20", "Tijuana Cartel", id="mexico-trade-word"),
    pytest.param("Members of the Santa Rosa de Lima cartel set fire to a bus in Celaya on Sunday.",
                 "2019-02-11", "Santa Rosa de Lima Cartel", id="mexico-long-name"),
    pytest.param("Hitmen of the Cachiros cartel shot dead a lawyer in San Pedro Sula on "
                 "Wednesday.", "2013-09-18", "Cachiros Cartel", id="honduras"),
])
def test_named_cartel(pipeline: Any, text: str, published: str, label: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    labels = [a.acled_name or a.name for a in event.actors]
    assert label in labels, labels
    assert not any(lab.startswith("Unidentified Armed Group") for lab in labels), labels


def test_cartel_names() -> None:
    assert [h.name for h in cartel_hits("In Sinaloa cartel gunmen killed two.", [], "MX")] == [
        "Sinaloa Cartel"]
    assert [h.name for h in cartel_hits("the Cali Cocaine Cartel grew", [], "CO")] == ["Cali Cartel"]
    assert cartel_hits("Mexican drug cartels killed thousands.", [], "MX") == []
    assert cartel_hits("Colombia's cartel wars", [], "CO") == []


def test_cartel_name_across_a_line_break() -> None:
    """A name the wire text breaks across lines or spaces twice is still read, not a crash."""
    hits = cartel_hits("gunmen of the Santa Rosa\nde Lima cartel fled", [], "MX")
    assert [h.name for h in hits] == ["Santa Rosa de Lima Cartel"]
    assert [h.name for h in cartel_hits("the  Juarez drug cartel", [], "MX")] != []
