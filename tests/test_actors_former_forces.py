"""Former, retired or dismissed police officers and soldiers are no longer their state's forces:
a militia of former policemen is not the police, retired soldiers protesting are no army; serving
forces keep their label: hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def perpetrators(pipeline: Any, text: str, published: str) -> list[str]:
    """ACLED labels (or names) of the primary event's perpetrators."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.acled_name or a.name for a in event.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(("text", "published", "force"), [
    pytest.param("Police said a militia of former police officers that controls the district shot "
                 "dead a community leader in Belford Roxo on Saturday.", "2018-09-23",
                 "Police Forces of Brazil", id="brazil_former_police"),
    pytest.param("Retired soldiers protested in front of the finance ministry in Bamako on Monday "
                 "to demand unpaid pensions.", "2021-02-02", "Military Forces of Mali",
                 id="mali_retired_soldiers"),
    pytest.param("A band of dismissed policemen robbed a fuel station and wounded its attendant "
                 "in Tegucigalpa on Friday.", "2019-08-17", "Police Forces of Honduras",
                 id="honduras_dismissed_police"),
])
def test_former_forces_are_not_the_state(pipeline: Any, text: str, published: str,
                                         force: str) -> None:
    assert not [n for n in perpetrators(pipeline, text, published) if n.startswith(force)]


def test_serving_police_stay_police(pipeline: Any) -> None:
    found = perpetrators(pipeline, "Police officers shot dead two robbers in Kumasi on Tuesday.",
                         "2020-07-01")
    assert any(n.startswith("Police Forces of Ghana") for n in found)
