"""'a total of N' counts the N: "killed a total of 14 soldiers and civilians", "A total of 23
people were killed". The noun 'total' counts through its "of" phrase, as 'the lives of nine'
does. Sentences written for several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

# (text, published, fatalities)
TOTALS: list[tuple[str, str, int]] = [
    ("Rebels killed a total of 14 soldiers and civilians in attacks on two villages in Ituri on "
     "Friday.", "2023-02-13", 14),
    ("A total of 23 people were killed when gunmen attacked a bus in Tamaulipas on Sunday, "
     "prosecutors said.", "2021-03-02", 23),
    ("The Taliban killed a total of nine policemen in two attacks in Ghazni on Monday, officials "
     "said.", "2020-05-13", 9),
]


@pytest.mark.parametrize(("text", "published", "dead"), TOTALS)
def test_total_of_counts_its_people(pipeline: Pipeline, text: str, published: str, dead: int) -> None:
    """The figure after 'a total of' is the toll."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None and event.fatalities is not None, text
    assert event.fatalities.best == dead, text
