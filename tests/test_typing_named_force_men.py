"""A force noun a known group's name modifies names that group's men: "TPLF forces captured the
towns" is a non-state actor taking territory, not a government regaining it; "FARDC troops" stay
the state's. Sentences written for several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "sub_type"), [
    ("TPLF forces captured the towns of Dessie and Kombolcha in Amhara region on Saturday.",
     "Non-state actor overtakes territory"),
    ("M23 troops captured the town of Rubaya in North Kivu on Tuesday.",
     "Non-state actor overtakes territory"),
    ("FARDC troops recaptured the town of Rubaya in North Kivu on Tuesday.",
     "Government regains territory"),
])
def test_named_force_decides_the_side(pipeline: Any, text: str, sub_type: str) -> None:
    """Who took the town decides the territorial sub-event type."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-05-02")))
    assert event is not None and event.sub_event_type == sub_type, event and event.sub_event_type
