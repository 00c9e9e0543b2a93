"""Rules the integrator added while merging the nineteenth session's branches, on sentences
written for several countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

BODIES_TAKEN_AWAY = [
    "On 4 March 2024, militants attacked an army post near Menaka. Eight soldiers were killed and "
    "the attackers took their dead away on motorcycles.",
    "Gunmen stormed a police station in Zamfara on Sunday, killing three officers; the army said "
    "several attackers were killed and their bodies were taken away by their comrades.",
    "Rebels ambushed a patrol outside Beni on Friday. Troops said they killed 11 rebels, whose "
    "corpses the group carried away into the forest.",
]


@pytest.mark.parametrize("text", BODIES_TAKEN_AWAY)
def test_bodies_taken_away_are_no_abduction(pipeline: Pipeline, text: str) -> None:
    """The dead carried off by their comrades are no one abducted: the attack keeps its type."""
    document = pipeline(Article(id="t", text=text, published="2024-03-05"))
    assert document.events
    assert not any(e.sub_event_type == "Abduction/forced disappearance" for e in document.events)
