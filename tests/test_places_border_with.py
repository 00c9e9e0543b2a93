"""'The border with Niger': what a place borders on is a country, so the name is read as the
country (not Nigeria's Niger State), and the event lies across that border, not in it."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document, place_countries

from eventcoder.geoparser.borders import after_border_with


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Bandits killed five people on the border with Niger on Monday.", "Niger", "NE"),
    ("Smugglers were arrested near Kano, close to the frontier with Niger.", "Niger", "NE"),
    ("Troops patrolled the boundary with Georgia after the clashes.", "Georgia", "GE"),
])
def test_a_name_after_border_with_is_the_country(text: str, name: str, cc: str) -> None:
    assert place_countries(text)[name] == cc


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Troops clashed with rebels in Bouar near the border with Cameroon.", "clashed", "CF"),
    ("Gunmen attacked a police post along Kenya's border with Somalia, killing two officers.",
     "attacked", "KE"),
    ("Soldiers exchanged fire with smugglers in Moyale on the border with Ethiopia.", "exchanged",
     "KE"),
])
def test_the_country_across_the_border_is_not_the_event_country(text: str, trigger: str,
                                                                 cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc


def test_after_border_with() -> None:
    text = "on the border with Niger, near the Chad border"
    assert after_border_with(text, text.index("Niger"))
    assert not after_border_with(text, text.index("Chad"))
