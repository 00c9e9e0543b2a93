"""Parsed documents with one hand-placed event and given actors, geocoded, for the geo tests."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventcoder.document import Actor, Article, Document, Event, EventActor
from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.geocode import geocode_stage


def geocoded_document(text: str, trigger: str, source: str | None = None,
                      actors: Sequence[tuple[str, str, str, bool]] = (),
                      published: str | None = None) -> Document:
    """A geocoded document with one event at ``trigger`` and the given (name, kind, cc, known) actors."""
    doc = Document(article=Article(id="t", text=text, source=source, published=published))
    doc._doc = load_nlp()(text)
    sents = list(doc._doc.sents)
    m = re.search(trigger, text)
    assert m is not None
    si = next(k for k, s in enumerate(sents) if s.start_char <= m.start() < s.end_char)
    event = Event(id="e1", _sentences=[si], _mentions=[(m.start(), m.end())])
    for n, (name, kind, cc, known) in enumerate(actors, start=1):
        doc.actors.append(Actor(actor_id=f"a{n}", name=name, kind=kind, country=cc, known=known))
        event.actors.append(EventActor(name=name, actor_id=f"a{n}"))
    doc.events.append(event)
    geocode_stage(doc)
    return doc


def place_countries(text: str) -> dict[str, str | None]:
    """Each place the geoparser resolves in ``text``, by its mention, with the place's country code."""
    return {r.mention.text: r.place.cc for r in geoparse_doc(load_nlp()(text)) if r.place}
