"""A date spaCy runs on into the lapse after it ("on Monday after weeks of fighting" read as one
DATE entity "Monday after weeks") still dates the incident by its day. Sentences written for
several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The Arakan Army seized the town of Paletwa in Chin State on Monday after weeks of fighting.",
     "2024-03-13", "2024-03-11"),
    ("Rebels took control of the town of Kitshanga in North Kivu on Thursday after days of heavy "
     "clashes with the army.", "2023-01-28", "2023-01-26"),
    ("Police dispersed striking nurses outside the health ministry in Nairobi on Tuesday after "
     "months of unpaid wages.", "2024-05-16", "2024-05-14"),
])
def test_day_before_a_lapse_dates_the_incident(pipeline: Any, text: str, published: str,
                                                day: str) -> None:
    """The weekday is resolved against the publication date despite the lapse after it."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None and event.date.start == day and event.date.precision == "day"
