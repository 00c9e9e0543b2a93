"""A dateline is where the report was filed: when the event's own sentences name no place, a
smaller place of the dateline's country that another sentence sets as a scene is the event's
place ('LIMA - two officers were shot dead ... They were ambushed outside Pichari'). A place the
text names only as an origin leaves the event at the dateline."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _places(text: str) -> list[tuple[str | None, str | None]]:
    doc = default_pipeline()(Article(id="t", text=text, published="2022-06-06"))
    return [(e.location.country_code, e.location.name) if e.location else (None, None)
            for e in doc.events]


@pytest.mark.parametrize(("text", "cc", "name"), [
    ("LIMA (EFE) - Two police officers were shot dead on Monday, the Interior Ministry said.\n\n"
     "The officers were ambushed on a road outside Pichari late in the evening.", "PE", "Pichari"),
    ("ABUJA (Reuters) - Gunmen killed eleven worshippers on Sunday, police said.\n\n"
     "The attackers opened fire on a church in the town of Owo during the morning service.",
     "NG", "Owo"),
    ("MANILA (AFP) - Two soldiers were shot dead on Friday, the military said.\n\n"
     "The soldiers were ambushed at a checkpoint outside Maramag shortly before midnight.",
     "PH", "Maramag"),
    ("NAIROBI (AP) - Four police officers were shot dead on Monday, the Interior Ministry said.\n\n"
     "Their patrol came under fire on the highway near Garsen after dark.", "KE", "Garsen"),
])
def test_scene_in_another_sentence_beats_the_dateline(text: str, cc: str, name: str) -> None:
    assert all(p == (cc, name) for p in _places(text))


def test_an_origin_leaves_the_event_at_the_dateline() -> None:
    places = _places("LAGOS (Reuters) - Police shot dead two protesters on Monday, witnesses "
                     "said.\n\nMost of the marchers had travelled from Ibadan overnight.")
    assert places and all(cc == "NG" and name != "Ibadan" for cc, name in places)
