"""The man police arrest after an attack is its suspect, not its victim ('Police arrested a
41-year-old man at the scene'); 'soldiers arrested and beat a man' keeps its victim (sentences
written for Japan, the UK, Slovakia and Uganda)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _attack(text: str):
    doc = default_pipeline()(Article(id="t", text=text, published="2024-05-16"))
    return next(e for e in doc.events if e.event_type == "Violence against civilians")


@pytest.mark.parametrize("text", [
    "A former minister was shot dead on Tuesday while giving a speech in the city of Sendai. "
    "Police arrested a 41-year-old man at the scene.",
    "A member of parliament died after being stabbed at a meeting with voters in Chelmsford on "
    "Friday. Police arrested a 25-year-old man at the scene.",
    "The prime minister was shot several times outside a cultural centre in Handlova on "
    "Wednesday. Police detained a 71-year-old man immediately afterwards.",
])
def test_arrested_man_is_no_victim(text: str) -> None:
    event = _attack(text)
    assert not any(a.mention == "man" and a.role == "target" for a in event.actors), event.actors


def test_arrested_and_beaten_man_is_a_victim() -> None:
    event = _attack("Soldiers arrested and beat a man in a market in Gulu on Monday, witnesses "
                    "said.")
    assert any(a.role == "target" and (a.acled_name or "").startswith("Civilians")
               for a in event.actors), event.actors
