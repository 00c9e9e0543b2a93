"""A city's name before a compass word and a street word names a street: 'Qingdao East Road'.

Streets in East Asia (and elsewhere) are named after other cities with a compass word for their
part ('Nanjing West Road' in Shanghai); the city's name alone would place the event in that city.
Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "country"), [
    ("Demonstrators gathered on Qingdao East Road outside the legislature in Taipei on Friday.",
     "TW"),
    ("Police arrested twelve protesters on Nanjing West Road in Shanghai on Sunday.", "CN"),
    ("Traders clashed with council guards on Mombasa North Road in Nairobi on Tuesday.", "KE"),
])
def test_city_named_street_with_compass_word(pipeline: Any, text: str, country: str) -> None:
    """'Qingdao East Road' is a street of the city the text places it in, not Qingdao."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-05-24")))
    assert event is not None and event.location.country_code == country, event.location
    assert event.location.name != text.split(" on ")[1].split()[0]
