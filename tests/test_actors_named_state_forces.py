"""A named force the KB files under one state is that state's force wherever it fights: "the
IDF" striking in Gaza is Israel's military, "Barkhane forces" in Mali are France's, the IRGC in
Syria is Iran's (before, a named force with no demonym in its mention took the event country's
label: "Military Forces of Palestine"). A generic noun ("soldiers") still takes the event's."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _perpetrators(text: str, published: str) -> list[str]:
    doc = default_pipeline()(Article(id="t", text=text, published=published))
    event = primary_event(doc)
    assert event is not None
    return [a.acled_name or "" for a in event.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(("text", "published", "label"), [
    ("The IDF struck a house in Khan Younis on Sunday, killing six people, medics said.",
     "2023-11-20", "Military Forces of Israel"),
    ("Barkhane forces killed ten militants in an air strike near Menaka on Thursday.",
     "2022-06-03", "Military Forces of France"),
    ("The IRGC shelled positions of a rival militia near Al Bukamal on Saturday, a monitoring "
     "group said.", "2019-09-22", "Military Forces of Iran"),
])
def test_named_state_force_keeps_its_state(text: str, published: str, label: str) -> None:
    assert any(p.startswith(label) for p in _perpetrators(text, published))


def test_generic_soldiers_take_the_event_country() -> None:
    labels = _perpetrators("Soldiers shot dead two smugglers near Tessalit on Monday.",
                           "2022-06-07")
    assert any(p.startswith("Military Forces of Mali") for p in labels)
