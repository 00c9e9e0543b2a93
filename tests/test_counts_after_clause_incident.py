"""An incident told in an "after" clause keeps its own toll: in "Two days after gunmen killed 15
worshippers at a church in Kaduna, police said they had arrested four suspects" the killing is an
incident of the report, and its 15 dead are its toll, though the clause is an earlier deed for the
arrests. Sentences written for several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article


@pytest.mark.parametrize(("text", "dead"), [
    ("Two days after gunmen killed 15 worshippers at a church in Kaduna, police said on Monday "
     "they had arrested four suspects.", 15),
    ("Two days after bandits killed nine villagers in Zurmi, Zamfara State, police said on Friday "
     "they had arrested two suspects.", 9),
])
def test_after_clause_incident_keeps_its_toll(pipeline: Any, text: str, dead: int) -> None:
    """The killing's incident counts its dead; the arrests count none."""
    document = pipeline(Article(id="t", text=text, published="2025-06-02"))
    tolls = sorted((e.fatalities.best if e.fatalities else 0) for e in document.events)
    assert tolls[-1] == dead, [(e.event_type, e.fatalities) for e in document.events]
