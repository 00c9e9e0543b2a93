"""Ingest into the store: read → skip what is already stored → pipeline → save, one commit each.

Every article is committed on its own, so an interrupted run loses at most the article in
flight, and re-running the same command resumes: stored, unchanged articles are skipped before
any NLP runs.
"""

from __future__ import annotations

import dataclasses
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
    seen: set[tuple[str, str]] = set()  # (id, content hash) already sent on in this run

    def flush() -> Iterator[Article]:
        ok = [a for a in chunk if a.status == "ok"]
        stored = {} if force else store.stored_hashes([a.id for a in ok])
        for article in chunk:
            if article.status != "error":
                report.seen_ids[article.id] = None
            if article.status == "error":
                report.errors += 1
                message = article.reason or f"{article.origin or article.id}: unreadable"
                report.error_messages.append(message)
                on_error(message)
                tick()
                continue
            digest = content_hash(article)
            if article.status == "ok" and (
                stored.get(article.id) == digest or (article.id, digest) in seen
            ):
                report.unchanged += 1
                tick()
            else:
                seen.add((article.id, digest))
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
    merge: bool = True,
    on_error: Callable[[str], None] = lambda message: None,
    tick: Callable[[], None] = lambda: None,
    pipeline: Pipeline | None = None,
) -> IngestReport:
    """Run the pipeline on the articles not yet stored; store and merge each one atomically.

    An article that cannot be stored is reported (``errors``) and the batch goes on. Articles an
    older run stored without merging are merged first, so re-running a failed batch completes it.
    """
    from eventcoder.merge.runner import MergeReport
    from eventcoder.pipeline import default_pipeline
    from eventcoder.store.atomic import store_and_merge, unmerged_article_ids

    report = IngestReport()
    report.merge = MergeReport(full=False)
    if merge:
        pending = unmerged_article_ids(store)
        if pending:
            report.merge = merge_articles(store, pending)
            report.merge.full = False
    todo = _fresh(store, articles, report, force, on_error, tick)
    pipeline = pipeline or default_pipeline()
    for document in stream_documents(pipeline, todo, workers=workers):
        _store_one(store, document, report, force, merge, on_error, store_and_merge)
        tick()
    report.merge.incidents = len(set(report.merge.incident_ids))
    report.merge.events = report.events
    return report


def _store_one(
    store: Store, document: Document, report: IngestReport, force: bool, merge: bool,
    on_error: Callable[[str], None], store_and_merge: Callable[..., bool],
) -> None:
    """Store and merge one processed document, counting it; an error is reported, not raised."""
    article = document.article
    if article.status == "error":
        report.errors += 1
        message = article.reason or f"{article.origin or article.id}: processing failed"
        report.error_messages.append(message)
        on_error(message)
    try:
        saved = store_and_merge(store, document, force=force, merge=merge, report=report.merge)
    except Exception as exc:  # one article that cannot be stored must not stop the batch
        log.error("article %s not stored: %s", article.id, exc)
        report.errors += 1
        message = f"{article.origin or article.id}: not stored: {exc}"
        report.error_messages.append(message)
        on_error(message)
        return
    if article.status == "skipped":
        report.skipped += 1
    elif article.status == "ok":
        report.events += len(document.events)
    if saved:
        if article.status == "ok":
            report.new += 1
        report.article_ids.append(article.id)
    elif article.status == "ok":
        report.unchanged += 1


# The pipeline the forked workers run (set in the parent just before the pool starts).
_WORKER_PIPELINE: Pipeline | None = None


def _process_chunk(articles: list[Article]) -> list[Document]:
    """Worker side: run the whole pipeline on a few articles; the spaCy Doc stays here."""
    from eventcoder.pipeline import default_pipeline

    pipeline = _WORKER_PIPELINE or default_pipeline()
    documents = list(pipeline.pipe(articles, batch_size=len(articles) or 1))
    for document in documents:
        document._doc = None
        _drop_working_state(document)
    return documents


def _drop_working_state(value: object) -> None:
    """Remove attributes stages attached beyond the declared fields (spaCy tokens, caches):
    they cannot cross a process boundary and are never part of the output."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        declared = {f.name for f in dataclasses.fields(value)}
        for name in [n for n in vars(value) if n not in declared]:
            delattr(value, name)
        for name in declared:
            _drop_working_state(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            _drop_working_state(item)




def stream_documents(
    pipeline: Pipeline, articles: Iterable[Article], *, workers: int = 1, batch_size: int = 16
) -> Iterator[Document]:
    """Process articles lazily and in input order.

    With ``workers`` > 1 each worker process runs the whole pipeline (spaCy and every stage) on
    small chunks; at most two chunks per worker are in flight, so memory stays flat.
    """
    if workers <= 1:
        yield from pipeline.pipe(articles, batch_size=batch_size)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # fork: workers share the parent's loaded model and data copy-on-write instead of reloading.
    from eventcoder.nlp.model import load_nlp

    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline
    load_nlp()  # loaded once here, shared by the forked workers
    from spacy.util import minibatch  # spaCy is loaded by now

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Document]]] = deque()
        for chunk in minibatch(articles, size=batch_size):
            pending.append(pool.submit(_process_chunk, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def merge_articles(store: Store, article_ids: list[str]) -> Any:
    """Merge the stored events of these articles into incidents (re-merges only their block)."""
    from eventcoder.merge import run_merge  # merge imports the store: import at call time

    return run_merge(store, article_ids=article_ids)


def ingest_paths(
    store: Store, paths: Iterable[str | Path], *,
    on_total: Callable[[int], None] | None = None, **options: Any,
) -> IngestReport:
    """Read files/directories/JSONL/feeds and ingest them (see :func:`ingest_articles`).

    With ``on_total`` the input is read first and its article count reported (a progress bar's
    total); reading is cheap next to extraction.
    """
    from eventcoder.ingest import read_paths

    articles: Iterable[Article] = read_paths(paths)
    if on_total is not None:
        articles = list(articles)
        on_total(len(articles))
    return ingest_articles(store, articles, **options)
