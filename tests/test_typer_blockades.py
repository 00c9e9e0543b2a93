"""A road blockade with no violent deed is a protest from ACLED's 2019 codebook on; before, and
whenever the crowd burns, throws or clashes, it stays a riot (hand-written reports)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

PEACEFUL = [
    ("Farmers blocked the national highway near Ludhiana on Tuesday to demand higher crop prices.",
     "Peaceful protest"),
    ("Truck drivers blocked the main road between Kayes and Bamako on Monday over fuel prices.",
     "Peaceful protest"),
    ("Teachers barricaded the entrance of the education ministry in Santiago on Wednesday to demand "
     "unpaid wages.", "Peaceful protest"),
    ("Residents blocked the Abuja-Kaduna expressway on Friday to protest insecurity; police "
     "dispersed them with tear gas.", "Protest with intervention"),
    ("Coal miners blocked the road to the mine in Pavlohrad on Thursday demanding back pay.",
     "Peaceful protest"),
]
VIOLENT = [
    "Youths blocked roads and burnt tyres in Cagayan de Oro on Tuesday over the power cuts.",
    "Protesters blocked the Pan-American highway near Popayan on Monday and threw stones at the "
    "police.",
]


def _typed(pipeline: Pipeline, text: str, published: str) -> tuple[str | None, str | None]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return event.event_type, event.sub_event_type


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_event_type"), PEACEFUL)
def test_blockade_alone_is_a_protest(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert _typed(pipeline, text, "2023-06-20") == ("Protests", sub_event_type)


@pytest.mark.slow
@pytest.mark.parametrize("text", VIOLENT)
def test_blockade_with_violence_stays_a_riot(pipeline: Pipeline, text: str) -> None:
    assert _typed(pipeline, text, "2023-06-20")[0] == "Riots"
