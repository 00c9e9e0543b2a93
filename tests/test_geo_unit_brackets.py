"""Units in brackets after a place: '(District, Province)' read as the units holding it.

A province name several countries share ('North-West', 'Eastern') takes the reading that holds
the place written before it; brackets after a bracketed second spelling ('Kiwanda [Kiwando]
(Kossi, Boucle du Mouhoun)') give units as well."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.context import in_unit_brackets


def event_place(pipeline: Any, text: str) -> tuple[str | None, str | None]:
    """(country code, admin1) of the primary event's place."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-08-10")))
    assert event is not None and event.location is not None
    return event.location.country_code, event.location.admin1


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("On 6 May 2021, youths rioted in Kambia town (Kambia, North-West) after a chief "
                 "was arrested.", "SL", id="sierra_leone_north_west"),
    pytest.param("On 3 March 2021, separatist fighters burned a school in Batibo town (Momo, "
                 "North-West) and abducted two teachers.", "CM", id="cameroon_north_west"),
    pytest.param("On 2 August 2021, traders protested in Chipata town (Chipata, Eastern) over "
                 "new market levies.", "ZM", id="zambia_eastern"),
])
def test_shared_province_name_holds_the_place_before_it(pipeline: Any, text: str,
                                                         country: str) -> None:
    assert event_place(pipeline, text)[0] == country


@pytest.mark.parametrize(("text", "country", "admin1"), [
    pytest.param("On 12 July 2021, gunmen killed three herders near Kiwanda [Kiwando] (Kossi, "
                 "Boucle du Mouhoun).", "BF", "Boucle du Mouhoun", id="burkina_faso"),
    pytest.param("On 9 June 2021, militants killed four villagers in Gorou Banda [Gorubanda] "
                 "(Kollo, Tillaberi).", "NE", "Tillaberi", id="niger"),
])
def test_units_after_a_second_spelling(pipeline: Any, text: str, country: str,
                                       admin1: str) -> None:
    assert event_place(pipeline, text)[0] == country
    assert event_place(pipeline, text)[1] == admin1


def test_brackets_after_brackets_hold_units_after_a_name_only() -> None:
    text = "in Kiwanda (Kiwando) (Kossi, Boucle du Mouhoun)"
    assert in_unit_brackets(text, text.index("Kossi"))
    assert in_unit_brackets(text, text.index("Boucle"))
    listed = "two were killed, (Kossi, Boucle du Mouhoun)"
    assert not in_unit_brackets(listed, listed.index("Kossi"))
