"""Ingest into the store: read → skip what is already stored → pipeline → save, one commit each.

Every article is committed on its own, so an interrupted run loses at most the article in
flight, and re-running the same command resumes: stored, unchanged articles are skipped before
any NLP runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.document import Article, Document
from eventcoder.store.store import Store, content_hash

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

log = logging.getLogger(__name__)

CHUNK = 16  # articles checked against the store per query (= one pipeline batch)


@dataclass
class IngestReport:
    """What one ingest run did."""

    read: int = 0
    new: int = 0  # new or changed articles stored
    unchanged: int = 0  # already stored with the same content: skipped
    skipped: int = 0  # not codable (not English, empty): stored with status skipped
    errors: int = 0
    events: int = 0
    article_ids: list[str] = field(default_factory=list)  # ids stored by this run
    seen_ids: dict[str, None] = field(default_factory=dict)  # every readable article, in order
    error_messages: list[str] = field(default_factory=list)
    merge: Any = None

    @property
    def processed(self) -> int:
        """Articles handled without error (stored now or before)."""
        return self.new + self.unchanged + self.skipped

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.read} article(s) read: {self.new} stored, {self.unchanged} unchanged, "
            f"{self.skipped} skipped, {self.errors} error(s); {self.events} event(s) extracted"
        )


def _fresh(
    store: Store, articles: Iterable[Article], report: IngestReport, force: bool,
    on_error: Callable[[str], None], tick: Callable[[], None],
) -> Iterator[Article]:
    """Yield only the articles that need the pipeline; count and report the others."""
    chunk: list[Article] = []

    def flush() -> Iterator[Article]:
        ok = [a for a in chunk if a.status == "ok"]
        stored = {} if force else store.stored_hashes([a.id for a in ok])
        seen: set[str] = set()
        for article in chunk:
            if article.status != "error":
                report.seen_ids[article.id] = None
            if article.status == "error":
                report.errors += 1
                message = article.reason or f"{article.origin or article.id}: unreadable"
                report.error_messages.append(message)
                on_error(message)
                tick()
            elif article.status == "ok" and (
                stored.get(article.id) == content_hash(article) or article.id in seen
            ):
                report.unchanged += 1
                tick()
            else:
                seen.add(article.id)
                yield article

    for article in articles:
        report.read += 1
        chunk.append(article)
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def ingest_articles(
    store: Store,
    articles: Iterable[Article],
    *,
    workers: int = 1,
    force: bool = False,
    on_error: Callable[[str], None] = lambda message: None,
    tick: Callable[[], None] = lambda: None,
    pipeline: Pipeline | None = None,
) -> IngestReport:
    """Run the pipeline on the articles not yet stored and save each document as it comes."""
    from eventcoder.pipeline import default_pipeline

    report = IngestReport()
    todo = _fresh(store, articles, report, force, on_error, tick)
    pipeline = pipeline or default_pipeline()
    for document in stream_documents(pipeline, todo, workers=workers):
        article = document.article
        if article.status == "error":
            report.errors += 1
            message = article.reason or f"{article.origin or article.id}: processing failed"
            report.error_messages.append(message)
            on_error(message)
        elif article.status == "skipped":
            report.skipped += 1
        else:
            report.events += len(document.events)
        if store.save_document(document, force=force):
            if article.status == "ok":
                report.new += 1
            report.article_ids.append(article.id)
        elif article.status == "ok":
            report.unchanged += 1
        tick()
    return report


def stream_documents(
    pipeline: Pipeline, articles: Iterable[Article], *, workers: int = 1, batch_size: int = 16
) -> Iterator[Document]:
    """Process articles lazily, in input order; with workers > 1 one spaCy process pool serves
    the whole stream (``Pipeline.pipe`` starts a pool per batch, which costs more than it saves).
    """
    if workers <= 1:
        yield from pipeline.pipe(articles, batch_size=batch_size)
        return
    from eventcoder.nlp.model import load_nlp

    documents = (Document(article=a) for a in articles)
    pairs = ((d.text if d.ok and d.text.strip() else "", d) for d in documents)
    for spacy_doc, document in load_nlp().pipe(
        pairs, as_tuples=True, batch_size=batch_size, n_process=workers
    ):
        if document.ok and document.text.strip():
            document._doc = spacy_doc
            pipeline.run_stages(document)
        yield document


def run_merge_if_available(store: Store, article_ids: list[str]) -> Any:
    """Merge the stored events of these articles into incidents (once the merge module exists)."""
    try:
        from eventcoder.merge import run_merge
    except (ImportError, AttributeError):
        log.info("eventcoder.merge.run_merge is not available yet: incidents not merged")
        return None
    return run_merge(store, article_ids=article_ids)


def ingest_paths(
    store: Store, paths: Iterable[str | Path], **options: Any
) -> IngestReport:
    """Read files/directories/JSONL/feeds and ingest them (see :func:`ingest_articles`)."""
    from eventcoder.ingest import read_paths

    return ingest_articles(store, read_paths(paths), **options)
