"""The lemma repair after spaCy's lemmatiser: verbs it misreads get their own lemma back."""

from __future__ import annotations

import pytest

from eventcoder.nlp.model import load_nlp


@pytest.mark.parametrize(("sentence", "form", "lemma"), [
    ("Opposition youths staged a sit-in outside the governor's office in Kisumu.", "staged", "stage"),
    ("Farmers are staging a march on the ministry in Lilongwe.", "staging", "stage"),
    ("The rebel front has waged a guerrilla war in Cabo Delgado since 2017.", "waged", "wage"),
    ("Unknown attackers machinegunned a minibus on the road to Bobo-Dioulasso.", "machinegunned",
     "machinegun"),
    ("Riot police teargassed traders in the central market of Kampala.", "teargassed", "teargas"),
])
def test_misread_verbs_get_their_lemma(sentence: str, form: str, lemma: str) -> None:
    token = next(t for t in load_nlp()(sentence) if t.lower_ == form)
    assert token.lemma_ == lemma


def test_nouns_keep_their_lemma() -> None:
    doc = load_nlp()("The hunters shot a stag near Nakuru while nurses protested over unpaid wages.")
    assert {t.lower_: t.lemma_ for t in doc}["stag"] == "stag"
    assert {t.lower_: t.lemma_ for t in doc}["wages"] == "wage"

