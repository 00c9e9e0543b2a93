"""A province outweighs a town of its own name, not a larger city elsewhere: 'Manchester' alone
is the English city, not the Jamaican parish; 'Santa Cruz' (Bolivia's department is larger than
its capital) and a named unit ('Manchester parish') still read as provinces. Sentences written
for England, Jamaica, Bolivia and Nigeria."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _where(text: str) -> tuple[str | None, str | None]:
    doc = default_pipeline()(Article(id="t", text=text, published="2023-05-02"))
    event = primary_event(doc)
    assert event is not None and event.location is not None
    return event.location.country, event.location.admin1


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("A man stabbed two commuters at a tram stop in Manchester on Monday night, police said.",
     "United Kingdom", "England"),
    ("Gunmen shot dead a shopkeeper in Mandeville, Manchester parish, on Sunday, police said.",
     "Jamaica", "Manchester"),
    ("Farmers blocked the highway into Santa Cruz on Monday to protest fuel shortages.",
     "Bolivia", "Santa Cruz"),
    ("Gunmen killed four farmers in a village in Borno on Sunday, residents said.",
     "Nigeria", "Borno"),
])
def test_province_or_larger_city(text: str, country: str, admin1: str) -> None:
    assert _where(text) == (country, admin1)
