"""Nationalities of two words ("South Sudanese", "Sri Lankan", "South Korean") name their own
country's forces, never the one their last word names alone: hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest
from actor_labels import labels

from eventcoder.resolve.actors.nationality import inside_longer_nationality, nation_with_nouns


@pytest.mark.parametrize(("text", "published", "expected", "not_expected"), [
    pytest.param("On 6 February 2018, South Sudanese soldiers burned huts in a village near "
                 "Kajo Keji, South Sudan.", "2018-02-07", "Military Forces of South Sudan",
                 "Military Forces of Sudan", id="south_sudan"),
    pytest.param("On 14 August 2019, the Sri Lankan army detained four fishermen near "
                 "Mullaitivu, Sri Lanka.", "2019-08-15", "Military Forces of Sri Lanka",
                 "Sri Lankan army", id="sri_lanka"),
    pytest.param("On 12 March 2018, North Korean soldiers exchanged fire with South Korean "
                 "troops across the border near Cheorwon.", "2018-03-13",
                 "Military Forces of South Korea",
                 "Military Forces of Korea", id="koreas"),
])
def test_two_word_nationalities(pipeline: Any, text: str, published: str, expected: str,
                                not_expected: str) -> None:
    found = labels(pipeline, text, published)
    assert any(name.startswith(expected) for name in found)
    assert not any(name == not_expected or name.startswith(not_expected + " (")
                   for name in found)


def test_one_word_nationality_keeps_its_country(pipeline: Any) -> None:
    found = labels(pipeline, "On 19 June 2017, Sudanese soldiers shot dead two herders near "
                             "Dilling, Sudan.", "2017-06-20")
    assert any(name.startswith("Military Forces of Sudan") for name in found)


@pytest.mark.parametrize(("text", "start", "surface", "expected"), [
    ("the South Sudanese soldiers", 10, "Sudanese soldiers", True),
    ("the Sudanese soldiers", 4, "Sudanese soldiers", False),
    ("South Sudanese police", 6, "Sudanese police", True),
    ("Kenyan police", 0, "Kenyan police", False),
])
def test_inside_longer_nationality(text: str, start: int, surface: str, expected: bool) -> None:
    assert inside_longer_nationality(text, start, surface) is expected


def test_nation_with_nouns() -> None:
    nouns = {"army", "police", "forces"}
    assert nation_with_nouns(["Sri", "Lankan", "army"], nouns) == "LK"
    assert nation_with_nouns(["army"], nouns) is None
    assert nation_with_nouns(["Tamil", "Tigers"], nouns) is None
