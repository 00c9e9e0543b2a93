"""An Arabic name the gazetteer lacks whole ('Bab al-Aziziya', 'Bir al-Sabaa', 'Ras al-Ain') is not
read by its head noun alone: 'Bab' (gate), 'Bir' (well) or 'Ras' (cape) before an article are the
start of a longer name, and alone they match unrelated villages abroad (Báb in Slovakia, Beed in
India)."""

from __future__ import annotations

import pytest
from geo_docs import place_countries

from eventcoder.geoparser.place_cues import arabic_head


@pytest.mark.parametrize("text", [
    "Masked men abducted a lawyer in Bab al-Khadra late on Tuesday, his family said.",
    "A roadside bomb struck a patrol near Bir el-Hamra, killing two conscripts.",
    "Rebels shelled Ras al-Hadd overnight and residents fled toward the coast.",
    "Unknown gunmen killed a shopkeeper in Kafr el-Zayt on Friday evening.",
    "Protesters blocked the main road at Souk el-Khamis to demand water.",
])
def test_head_noun_before_an_article_is_no_place(text: str) -> None:
    heads = {"Bab", "Bir", "Ras", "Kafr", "Souk"}
    assert not heads & set(place_countries(text))


def test_whole_names_still_resolve() -> None:
    assert place_countries("Fighting was reported in Deir ez-Zor.").get("Deir ez-Zor") == "SY"
    found = place_countries("Jets struck targets in Abu Kamal and Tell Abyad on Sunday.")
    assert found.get("Abu Kamal") == "SY" and found.get("Tell Abyad") == "SY"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("in Bab al-Aziziya", "Bab", True),
    ("in Bir el Abed", "Bir", True),
    ("in Ras Lanuf", "Ras", False),  # no article: the known name 'Ras Lanuf' is read whole
    ("in Mosul al-Jadida", "Mosul", False),  # not a head noun: the city itself
    ("near Abu al-Khasib", "Abu", True),
])
def test_arabic_head(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert arabic_head(text, start, start + len(word)) is expected
