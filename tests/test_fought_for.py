"""A fight told to describe a group or a person is no clash (extract/fought_for.py). Sentences
written for these tests (several countries); the report-level effect is full reports 5's LKA1,
whose bombing kept its blame once 'the rebel group fighting for an independent homeland' stopped
opening a battle of its own."""

from __future__ import annotations

import pytest

from eventcoder.extract.not_a_deed import not_a_deed
from eventcoder.nlp.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _fighting(nlp, sentence: str):
    return next(t for t in nlp(sentence) if t.lower_ == "fighting")


@pytest.mark.parametrize("sentence", [
    "Police said the attack bore the hallmarks of the Liberation Tigers of Tamil Eelam, the rebel "
    "group fighting for an independent homeland.",
    "Officials blamed the PKK, a group fighting for Kurdish self-rule in the southeast.",
    "The Abu Sayyaf, a small group that says it is fighting for an Islamic state, is still holding "
    "two missionaries.",
    "The ADF, a Ugandan rebel group fighting alongside Islamic State since 2019, denied the raid.",
])
def test_a_cause_fought_for_is_no_deed(nlp, sentence: str) -> None:
    """What a group fights for describes it: the 'fighting' is no trigger of a clash."""
    assert not_a_deed(_fighting(nlp, sentence))


@pytest.mark.parametrize("sentence", [
    "Militants who have been fighting for control of the town since Monday killed five soldiers.",
    "Troops fighting with rebels near Beni killed 12 fighters on Tuesday.",
    "Rebels fighting the army in the hills shot down a helicopter on Sunday.",
])
def test_a_clash_fought_stays_a_deed(nlp, sentence: str) -> None:
    """A guard (these pass without the rule too): a fight for control of a place, a state force's
    fight with someone, and a fight with an object are clashes."""
    assert not not_a_deed(_fighting(nlp, sentence))
