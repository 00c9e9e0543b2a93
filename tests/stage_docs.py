"""Parsed documents with one hand-placed event per trigger word, for testing one stage alone."""

from __future__ import annotations

from eventcoder.document import Article, Document, Event
from eventcoder.extract.dates.stage import dates_stage
from eventcoder.nlp.model import load_nlp


def triggered_document(text: str, triggers: list[str], published: str | None = None) -> Document:
    """A parsed document with one event per trigger (its first occurrence: sentence and mention)."""
    document = Document(article=Article(id="t", text=text, published=published))
    document._doc = load_nlp()(text)
    sents = list(document._doc.sents)
    for n, trigger in enumerate(triggers, 1):
        at = text.index(trigger)
        index = next(i for i, s in enumerate(sents) if s.start_char <= at < s.end_char)
        document.events.append(
            Event(
                id=f"e{n}", trigger=trigger, _sentences=[index], _mentions=[(at, at + len(trigger))]
            )
        )
    return document


def assert_evidence_offsets(document: Document) -> None:
    """Every evidence span of every event quotes the article text exactly."""
    text = document.article.text
    for event in document.events:
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text


def dated_events(text: str, triggers: list[str], published: str = "2018-01-15") -> list[Event]:
    """Run the dates stage with one event per trigger word; evidence offsets must hold."""
    document = triggered_document(text, triggers, published)
    dates_stage(document)
    assert_evidence_offsets(document)
    return document.events


def actor_labels(text: str) -> set[str | None]:
    """ACLED labels of every actor the actors stage finds in ``text``."""
    from eventcoder.resolve.actors.stage import actors_stage

    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    return {a.acled_name for a in document.actors}
