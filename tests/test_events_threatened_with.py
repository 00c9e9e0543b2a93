"""Weapons shown as a threat are not set off: "threatening staff with guns and explosives",
"threatening customers with grenades" tell no explosion. Sentences written for several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize("text", [
    "Armed men burst into a television studio in Guayaquil on Tuesday, threatening staff with "
    "guns and explosives.",
    "Masked men stormed a bank in Kisumu on Monday, threatening customers with grenades.",
])
def test_threat_with_explosives_is_no_explosion(pipeline: Any, text: str) -> None:
    """No explosion or remote violence is read from weapons only shown."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-01-10")))
    assert event is None or event.event_type != "Explosions/Remote violence", event.event_type


def test_thrown_grenade_is_still_an_explosion(pipeline: Any) -> None:
    """A grenade thrown at people stays an explosion."""
    event = primary_event(pipeline(Article(
        id="t", text="Attackers threw a grenade at a bar in Kisumu on Monday, wounding five "
        "customers.", published="2024-01-10")))
    assert event is not None and event.event_type == "Explosions/Remote violence"
