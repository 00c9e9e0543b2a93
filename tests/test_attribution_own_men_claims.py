"""A group telling that its own men did the deed claims it, named or not: "In a video posted
online, the group said its fighters carried out the attack" is a claim by the (unidentified)
group, not the report's confirmation; an army telling of its soldiers' deed still confirms
(sentences written for several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _perpetrators(text: str) -> dict[str, str]:
    events = default_pipeline()(Article(id="t", text=text)).events
    return {a.acled_name or a.name: a.attribution for e in events for a in e.actors
            if a.role == "perpetrator"}


@pytest.mark.parametrize("text", [
    # Niger: a video posted online
    "Gunmen attacked an army base near Diffa on Sunday, killing seven soldiers. In a video posted "
    "online on Monday, the group said its fighters carried out the attack.",
    # Mozambique: a message on social media
    "Insurgents raided a village near Mocimboa da Praia on Tuesday, killing four people. In a "
    "message on social media, the group said its fighters carried out the raid.",
])
def test_an_unnamed_group_telling_its_mens_deed_claims_it(text: str) -> None:
    perps = _perpetrators(text)
    assert "claimed" in perps.values(), perps


def test_an_army_telling_of_its_soldiers_confirms() -> None:
    perps = _perpetrators("The Nigerian army said its soldiers killed ten militants near Bama "
                          "on Friday.")
    assert perps.get("Military Forces of Nigeria (2015-2023)", perps.get(
        "Military Forces of Nigeria")) != "claimed", perps
