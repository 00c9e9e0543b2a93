"""One reader of an 'N days after ...' clause serves the dates stage (which moves a day by it) and
the events stage (which sets the clause's earlier deed apart). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.extract.dates.counted_after import lapse_counts, lapse_mark
from eventcoder.extract.events.incident_clusters import apart_clauses, in_lapse_clause
from eventcoder.nlp.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _clause_of(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("sentence", "verb", "mark", "unit"), [
    ("Three days after rebels burned the market in Kidal, soldiers arrested twelve traders.",
     "burned", "after", "days"),
    ("A week before militiamen raided Djugu, residents had fled toward Bunia.",
     "raided", "before", "week"),
    ("Two months after the police shot a student in Dhaka, hundreds marched on the ministry.",
     "shot", "after", "months"),
])
def test_the_lapse_is_read_once_for_both_stages(nlp, sentence, verb, mark, unit) -> None:
    doc = nlp(sentence)
    clause = _clause_of(doc, verb)
    assert lapse_mark(clause) == mark
    assert unit in [u.text for u, _ in lapse_counts(clause)]
    assert in_lapse_clause(clause)
    assert any(clause.i in {t.i for t in span} for span in apart_clauses(next(doc.sents)))


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Hours after gunmen stormed a church in Owo, the governor visited the wounded.", "stormed"),
    ("After soldiers left Tillaberi, bandits looted the clinic.", "left"),
])
def test_an_unmeasured_after_clause_sets_nothing_apart(nlp, sentence, verb) -> None:
    clause = _clause_of(nlp(sentence), verb)
    assert not in_lapse_clause(clause)
