"""A murder, an assassination, a kidnapping or a massacre is one-sided by its name: a battle told
with such a word is an attack (GTD, MUC-4), whoever did it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.extract.events.onesided import one_sided
from eventcoder.extract.events.triggers import find_mentions
from eventcoder.nlp.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _one_sided(nlp, sentence: str, word: str) -> bool:
    m = next(m for m in find_mentions(nlp(sentence)) if m.token.text == word)
    return one_sided(m)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Unidentified men murdered the wife of an army colonel in Guatemala City on Tuesday.",
     "murdered"),
    ("The body of a trader abducted last week was found near Cali; he had been murdered.",
     "murdered"),
    ("Soldiers massacred 14 villagers near Kamwesha, a rights group in Kinshasa said.",
     "massacred"),
    ("Gunmen kidnapped two army engineers on the road to Damaturu on Monday.", "kidnapped"),
])
def test_deeds_one_sided_by_name(nlp, sentence: str, word: str) -> None:
    assert _one_sided(nlp, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Troops clashed with rebels near Beni on Sunday.", "clashed"),
    ("The army attacked rebel positions near Kidal on Friday.", "attacked"),
])
def test_fights_stay_fights(nlp, sentence: str, word: str) -> None:
    assert not _one_sided(nlp, sentence, word)
