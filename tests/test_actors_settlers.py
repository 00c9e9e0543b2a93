"""Israeli settlers acting as a group are "Settlers (Israel)" as ACLED names them, on
hand-written sentences from several places and years."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("A group of Jewish settlers attacked a Palestinian shepherd near Nablus, "
                 "injuring him.", "2019-08-12", id="jewish_settlers_nablus"),
    pytest.param("Israeli Settlers set fire to two Palestinian cars in the village of Burin, "
                 "south of Nablus.", "2021-03-02", id="israeli_settlers_burin"),
    pytest.param("Israeli settlers threw stones at Palestinian homes in Hebron's old city on "
                 "Saturday.", "2018-06-16", id="israeli_settlers_hebron"),
])
def test_settlers_are_named_as_acled_names_them(pipeline: Any, text: str,
                                                published: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    assert "Settlers (Israel)" in [a.acled_name for a in event.actors]
