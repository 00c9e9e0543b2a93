"""A nationality that names people by their origin does not move the event abroad.

"A Syrian refugee stabbed six people at a playground in Annecy" happened in France: the adjective
says who the attacker is, not where the deed was. A nationality on a place or a force is weighed
as before. Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "country"), [
    ("A Syrian refugee stabbed six people at a playground in Annecy on Thursday.", "FR"),
    ("Two Afghan nationals were beaten by a mob in Mashhad on Friday.", "IR"),
    ("A Somali man killed two shopkeepers with a machete in Polokwane on Monday.", "ZA"),
])
def test_origin_of_people_is_not_the_place(pipeline: Any, text: str, country: str) -> None:
    """The town the text places the deed in keeps its own country."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2023-06-09")))
    assert event is not None and event.location.country_code == country, event.location
