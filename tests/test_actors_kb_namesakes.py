"""Names two actors share resolve by the article's country: the Turkish arson group "Children of
Fire Initiative" (in any case of writing) beside the Greek "Children of Fire", and "NAF", the
Nigerian Air Force in Nigeria and the Donbas forces in Ukraine."""

from __future__ import annotations

from typing import Any

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def _names(pipeline: Any, text: str, published: str) -> list[str]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.name for a in event.actors] + [a.acled_name or "" for a in event.actors]


def test_lower_case_initiative_in_turkey(pipeline: Any) -> None:
    names = _names(pipeline, "Property destruction: On 30 July 2021, the children of fire "
                             "initiative set fire to two trucks in Adana. No injuries were "
                             "reported.", "2021-07-31")
    assert "Children of Fire Initiative" in names and "Children of Fire" in names


def test_greek_namesake_stays_greek(pipeline: Any) -> None:
    names = _names(pipeline, "On 2 July 2021, the Children of Fire claimed an arson attack on "
                             "a bank in Athens.", "2021-07-03")
    assert "Children of Fire (Greece)" in names
    assert "Children of Fire Initiative" not in names


def test_naf_is_nigeria_s_air_force_in_nigeria(pipeline: Any) -> None:
    names = _names(pipeline, "A NAF fighter jet bombed Boko Haram hideouts near Gwoza, Borno "
                             "State, on 8 March 2021.", "2021-03-09")
    assert "Military Forces of Nigeria (2015-2023)" in names
    assert not any("Novorossiya" in n for n in names)


def test_naf_is_the_donbas_forces_in_ukraine(pipeline: Any) -> None:
    names = _names(pipeline, "On 8 March 2021, NAF units shelled Ukrainian positions near "
                             "Avdiivka, Donetsk.", "2021-03-09")
    assert "NAF: United Armed Forces of Novorossiya" in names
