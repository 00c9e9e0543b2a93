"""'Martyred' counts the dead: South Asian and Middle Eastern reports of fallen soldiers and police
say "two soldiers were martyred" or "martyring a policeman" for killed. Sentences written for
several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers were martyred when terrorists attacked a check post in North Waziristan on "
     "Thursday, the ISPR said.", 2),
    ("Terrorists attacked a police station in Bannu late on Thursday, martyring three policemen.",
     3),
    ("Four border guards were martyred in a clash with armed smugglers near Saravan in Sistan and "
     "Baluchestan province on Monday.", 4),
])
def test_martyred_are_dead(pipeline: Any, text: str, dead: int) -> None:
    """The martyred are the incident's fatalities."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2022-08-05")))
    assert event is not None and event.fatalities is not None and event.fatalities.best == dead
