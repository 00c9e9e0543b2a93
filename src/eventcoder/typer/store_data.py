"""Analysts' work in the store as training examples for the typer.

An incident teaches the typer when an analyst edited its ``event_type``/``sub_event_type``
(overrides), verified it (its types are right) or rejected it (not an event). Every report of such
an incident becomes an example: its article is read again by the trigger rules so that the
example's features are exactly those the pipeline computes for that event.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from eventcoder.document import Article
from eventcoder.store.models import ArticleRow, EventRow, IncidentRow
from eventcoder.typer.model import NOT_AN_EVENT
from eventcoder.typer.train import PARENTS, Example


def incident_labels(row: IncidentRow) -> tuple[str, str | None] | None:
    """(event type, sub-event type) an analyst stands behind for this incident, or None."""
    overrides: dict[str, Any] = row.overrides_json or {}
    edited = "event_type" in overrides or "sub_event_type" in overrides
    if row.status == "rejected":
        return NOT_AN_EVENT, None
    if not edited and row.status != "verified":
        return None
    event_type = overrides.get("event_type", row.event_type)
    sub = overrides.get("sub_event_type", row.sub_event_type)
    if not event_type:
        return None
    # a sub-event type left from before an edit of the event type does not belong to it
    return str(event_type), sub if PARENTS.get(sub) == event_type else None


def store_examples(store: Any, weight: float = 1.0) -> list[Example]:
    """One example per report of every edited, verified or rejected incident."""
    from eventcoder.pipeline import Pipeline
    from eventcoder.typer.stage import typing_inputs

    wanted: dict[str, dict[str, tuple[str, str | None]]] = {}
    articles: dict[str, Article] = {}
    with store.session() as s:
        for row in s.scalars(select(IncidentRow)):
            labels = incident_labels(row)
            if labels is None:
                continue
            for ev in s.scalars(select(EventRow).where(EventRow.incident_id == row.id)):
                wanted.setdefault(ev.article_id, {})[ev.local_id] = labels
        for art in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(list(wanted)))):
            articles[art.id] = Article(id=art.id, text=art.text, published=art.published)
    examples: list[Example] = []
    pipeline = Pipeline(stages=["events"])
    for document in pipeline.pipe(articles[a] for a in sorted(articles)):
        if document.spacy_doc is None:
            continue
        inputs = dict(zip((e.id for e in document.events), typing_inputs(document), strict=True))
        for local_id, (event_type, sub) in sorted(wanted[document.article.id].items()):
            if local_id in inputs:
                examples.append(
                    Example(inputs[local_id], event_type, sub, weight, origin="store")
                )
    return examples
