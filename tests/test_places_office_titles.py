"""A surname after a title of office is a person, not the town it spells: 'MP Moroto',
'Senator Warren', 'Commissioner Bukavu'.

Unknown stays unknown: a text that names no place but a politician whose surname is also a town
abroad gets no country from that town. Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize("text", [
    "Police dispersed supporters of MP Moroto who were protesting against his arrest.",
    "Supporters of Senator Warren rallied outside the courthouse on Saturday.",
    "Youths stoned the convoy of Commissioner Bukavu, injuring two of his bodyguards.",
])
def test_title_makes_the_name_a_person(pipeline: Any, text: str) -> None:
    """No place is read from the titled surname."""
    document = pipeline(Article(id="t", text=text, published="2019-08-11"))
    event = primary_event(document)
    assert event is not None
    assert event.location is None or event.location.country_code is None, event.location
    assert not document.toponyms


def test_place_after_a_title_word_in_lower_case_stays(pipeline: Any) -> None:
    """Only the capitalised title counts: 'an MP in Moroto' still names Moroto."""
    text = "Gunmen shot dead an MP in Moroto on Tuesday night, police said."
    event = primary_event(pipeline(Article(id="t", text=text, published="2019-08-11")))
    assert event is not None and event.location.country_code == "UG"
