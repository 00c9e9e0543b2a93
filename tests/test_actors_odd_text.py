"""The actor, source, attribution and relation stages never crash on odd text."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage, fill_actor_countries
from eventcoder.resolve.relations.stage import relations_stage
from eventcoder.resolve.sources.stage import sources_stage

ODD = [
    "“",
    "\"He said\" \"\" “”",
    "(IS) (LeJ) () (A) (AFP)",
    "IS IS IS. ISIS! Daesh? al-",
    "KARACHI:\n\n\n“Unclosed quote that never ends, he said",
    "Les hommes armés ont attaqué le village.",
    "Police police POLICE Gunmen gunmen: — – …",
    "a" * 2000,
    "The group, based in . said it denied that.",
]


@pytest.mark.parametrize("text", ODD)
def test_stages_survive(text):
    document = Document(article=Article(id="odd", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    sources_stage(document)
    n = len(list(document.spacy_doc.sents))
    document.events = [Event(id="e1", event_type="Battles", _sentences=list(range(n)))]
    attribution_stage(document)
    relations_stage(document)
    fill_actor_countries(document)
    for a in document.actors:
        for m in a.mentions:
            assert text[m.start:m.end] == m.text
    for s in document.sources:
        for q in s.quotes:
            assert text[q.start:q.end] == q.text
    for e in document.events[0].evidence:
        assert text[e.start:e.end] == e.text
