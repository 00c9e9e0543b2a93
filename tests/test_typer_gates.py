"""A suicide bombing that went off stays one: the rules' explosion is not overruled by the typer
(few training examples of the sub-event type), and "blew himself up" is a detonation."""

from __future__ import annotations

import pytest

from eventcoder.document import Article


def test_a_suicide_bombing_that_went_off_stays_one() -> None:
    """A bomber who struck a convoy: the rules' explosion and its sub-event type stay."""
    from eventcoder.pipeline import Pipeline

    text = ("A suicide bomber drove a car into a MINUSMA convoy near Gao on Tuesday, wounding four "
            "peacekeepers.")
    event = Pipeline()(Article(id="m", text=text, published="2022-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a police checkpoint outside Quetta on Sunday, killing "
    "three officers who had tried to search him.",
    "A female suicide bomber blew herself up near a mosque in Konduga on Friday, killing four "
    "worshippers.",
])
def test_a_bomber_who_blew_himself_up_is_an_explosion(text: str) -> None:
    """However the victims stopped the bomber, the blast is the event."""
    from eventcoder.pipeline import Pipeline

    event = Pipeline()(Article(id="b", text=text, published="2022-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
