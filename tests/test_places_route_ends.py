"""Where no place is the scene, the places named beside it still tell the country.

'A bus travelling from Garissa to Mandera' was attacked on the road between two Kenyan towns: the
destination and the origin are not the scene (the event-place rules exclude them), but a route
whose ends lie in one country runs through it, and two towns named outright outweigh an armed
group's home country, since groups raid across borders. Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "country"), [
    ("JNIM militants ambushed a supply convoy heading from Djibo to Dori, killing six soldiers.",
     "BF"),
    ("Al-Shabaab fighters ambushed a bus travelling from Garissa to Mandera, killing four "
     "passengers.", "KE"),
])
def test_route_between_towns_of_one_country(pipeline: Any, text: str, country: str) -> None:
    """The country of the route's ends, with a note that says so."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2020-02-17")))
    assert event is not None and event.location.country_code == country, event.location
    assert event.location.precision == "country"
    assert "places it names otherwise" in event.notes["location"]
