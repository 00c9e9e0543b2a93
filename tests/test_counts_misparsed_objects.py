"""Victims the parse hangs in the wrong place still count: a second victim group joined to the
verb instead of to the first ("killing the priest and five worshippers") and a victim read as
the predicate of "shot dead" ("shot dead a village chief and his two sons"). Hand-written
sentences from several countries."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.eval.acled import primary_event


def deaths(text: str) -> int | None:
    """The primary event's best fatality figure."""
    event = primary_event(extract_document(text, published="2024-08-19"))
    assert event is not None
    return event.fatalities.best if event.fatalities else None


@pytest.mark.parametrize(("text", "dead"), [
    ("Unknown assailants torched a church in the village of Dablo on Sunday, killing the priest "
     "and five worshippers.", 6),
    ("Gunmen shot dead a village chief and his two sons in Tillaberi on Sunday.", 3),
    ("Militiamen shot dead a teacher near Djugu on Saturday, witnesses said.", 1),
])
def test_victims_the_parse_misplaces_are_counted(text: str, dead: int) -> None:
    assert deaths(text) == dead


def test_a_second_verb_is_no_victim() -> None:
    # "injuring five" has its own cue: five wounded, not five more dead
    text = "A bomb hidden in a cart exploded at a market in Maiduguri on Sunday, killing the vendor and injuring five shoppers."
    assert deaths(text) == 1
