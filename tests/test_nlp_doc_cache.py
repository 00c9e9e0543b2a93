"""The per-Doc memos give what spaCy's own attributes give, on real parsed text."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.nlp.doc_cache import (
    children,
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    memo,
    prime_text,
    span_ents,
    span_text,
    span_tokens,
)
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import default_pipeline
from eventcoder.text.alias_regex import folded_trie_pattern

TEXTS = [
    "Gunmen killed three farmers near Garissa, Kenya, on Monday, police said. The Kenya Defence "
    "Forces later raided a camp in Lamu County.",
    "Soldiers clashed with militants in Mopti region of Mali on 3 March; two died.\n\nIn Bamako, "
    "students of the University of Bamako marched to the Ministry of Education.",
    "Rebels of the ELN attacked a police post in Arauca, Colombia. Nobody was hurt.",
]


@pytest.fixture(scope="module")
def docs():
    return list(load_nlp().pipe(TEXTS))


def test_entities_of_each_sentence_are_spacys(docs) -> None:
    for doc in docs:
        assert doc_ents(doc) == doc.ents
        assert [s.text for s in doc_sents(doc)] == [s.text for s in doc.sents]
        for sent in doc_sents(doc):
            assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == [
                (e.start, e.end, e.label_) for e in sent.ents]
        # a span that cuts through the middle of the text
        middle = doc[2: len(doc) - 2]
        assert [(e.start, e.end) for e in span_ents(middle)] == [
            (e.start, e.end) for e in middle.ents]


def test_children_table_is_spacys_children(docs) -> None:
    for doc in docs:
        for token in doc_tokens(doc):
            assert [c.i for c in children(token)] == [c.i for c in token.children]


def test_primed_text_is_the_doc_text_and_a_wrong_one_is_refused(docs) -> None:
    doc = load_nlp()(TEXTS[0])
    prime_text(doc, TEXTS[0])
    assert doc_text(doc) == doc.text == TEXTS[0]
    other = load_nlp()(TEXTS[1])
    prime_text(other, TEXTS[0])  # not the text it was parsed from: not kept
    assert doc_text(other) == TEXTS[1]


def test_memo_computes_once_per_doc_and_key(docs) -> None:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert memo(docs[0], "test_memo", "k", compute) == 1
    assert memo(docs[0], "test_memo", "k", compute) == 1
    assert memo(docs[0], "test_memo", "other", compute) == 2
    assert memo(docs[1], "test_memo", "k", compute) == 3


def test_pipeline_docs_read_their_text_without_joining_tokens() -> None:
    document = default_pipeline()(Article(id="ke", text=TEXTS[0], source="Daily Nation"))
    doc = document.spacy_doc
    assert doc.user_data["eventcoder.text"] == {None: doc.text}


def test_span_tokens_and_text_are_spacys(docs) -> None:
    for doc in docs:
        pieces = [*doc_sents(doc), doc[2:5], doc[len(doc) - 1:], doc[0:0], *doc_ents(doc)]
        for span in pieces:
            assert [t.i for t in span_tokens(span)] == [t.i for t in span]
            assert span_text(span) == span.text
        assert [t.i for t in span_tokens(doc)] == [t.i for t in doc]
        tokens = list(doc)[:3]
        assert span_tokens(tokens) == tokens


def test_trie_source_does_not_depend_on_word_order() -> None:
    words = ["Kano", "Kaduna", "Kenya", "Bamako", "Bambari", "Garoua", "Gao", "São Tomé"]
    assert folded_trie_pattern(words, r"\b", r"\b") == folded_trie_pattern(
        list(reversed(words)), r"\b", r"\b")
