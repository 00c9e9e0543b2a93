"""A name owning a part of a place ('Manbij's entrances', 'Tessalit's entrances', 'Gao's outskirts')
is a place even when spaCy tags it an organisation."""

from __future__ import annotations

import pytest
from geo_docs import place_countries

from eventcoder.geoparser.place_cues import possessive_place
from eventcoder.nlp.model import load_nlp


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Rebels blocked Manbij's entrances on Friday.", "Manbij", "SY"),
    ("Troops sealed Tessalit's entrances.", "Tessalit", "ML"),
    ("Gunmen opened fire on traders in Gao's outskirts on Sunday.", "Gao", "ML"),
    ("Police sealed off Maiduguri's streets after the blast.", "Maiduguri", "NG"),
])
def test_possessive_of_a_place_part(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


def test_possessive_place_cue() -> None:
    toks = list(load_nlp()("Militias blocked Kidal's entrances while Ali's brother watched."))
    kidal = next(i for i, t in enumerate(toks) if t.text == "Kidal")
    ali = next(i for i, t in enumerate(toks) if t.text == "Ali")
    nouns = {"entrances", "outskirts"}
    assert possessive_place(toks, kidal, nouns)
    assert not possessive_place(toks, ali, nouns)
