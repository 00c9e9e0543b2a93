""""Security force" in the singular, and as a modifier ("a security force escort", "a security
force patrol"), names the state's forces, on hand-written sentences from Nigeria, the
Philippines and Kenya."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published", "force"), [
    pytest.param("Unknown gunmen attacked the convoy of the deputy governor in Abeokuta. The "
                 "security force escort returned fire.", "2016-06-28",
                 "Military Forces of Nigeria", id="nigeria_escort"),
    pytest.param("A security force patrol was ambushed by gunmen near Cotabato City, the army "
                 "said.", "2024-03-28", "Military Forces of the Philippines", id="philippines"),
    pytest.param("Gunmen attacked a security force convoy near Mandera town on Monday.",
                 "2024-03-28", "Military Forces of Kenya", id="kenya"),
])
def test_security_force_is_the_state_s(pipeline: Any, text: str, published: str,
                                       force: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    assert any((a.acled_name or a.name).startswith(force) for a in event.actors)
