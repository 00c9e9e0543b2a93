"""A nationality word gives a generic force its country even when the text names no place of that
country ("Malaysian police", "Paraguayan soldiers"): hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.countries import demonym_code


def labels(pipeline: Any, text: str, published: str) -> set[str]:
    """ACLED labels (or names) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return {a.acled_name or a.name for a in event.actors}


@pytest.mark.parametrize(("word", "code"), [
    ("Chilean", "CL"), ("Malaysian", "MY"), ("Uzbek", "UZ"), ("Tajik", "TJ"),
    ("Paraguayan", "PY"), ("Costa Rican", "CR"), ("Emirati", "AE"), ("Papua New Guinean", "PG"),
])
def test_nationality_words_name_their_country(word: str, code: str) -> None:
    assert demonym_code(word) == code


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Chilean police fired water cannon at students marching against tuition fees "
                 "on Thursday.", "2019-05-10", "Police Forces of Chile", id="chile"),
    pytest.param("Malaysian police arrested 14 men accused of plotting bomb attacks on "
                 "entertainment venues, officials said on Monday.", "2017-07-04",
                 "Police Forces of Malaysia", id="malaysia"),
    pytest.param("Paraguayan soldiers clashed with gunmen of an armed group in the northern "
                 "forest on Saturday, killing two of them.", "2020-09-07",
                 "Military Forces of Paraguay", id="paraguay"),
])
def test_force_takes_its_nationality(pipeline: Any, text: str, published: str,
                                     expected: str) -> None:
    assert any(name.startswith(expected) for name in labels(pipeline, text, published))
