"""Extraction on a worker: a batch of input rows in, one output row per article out.

The pipeline (spaCy model, gazetteer, lexicons) is cached at module level, so with Spark's
``spark.python.worker.reuse`` it loads once per executor Python process, not per task.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from typing import Any

from eventcoder.document import Article, Document
from eventcoder.pipeline import Pipeline
from eventcoder.spark.columns import ARTICLE_COLUMNS, EVENT_COLUMNS, MERGE_COLUMNS, as_tuple
from eventcoder.spark.inputs import Payload, article_from_payload
from eventcoder.spark.rows import article_row, dumps, event_rows, merge_article

log = logging.getLogger(__name__)

BATCH = 32  # articles per nlp.pipe call
_PIPELINE: Pipeline | None = None
# How often, and in which process, the pipeline was built (forked workers inherit both).
LOADS = {"pipeline": 0, "pid": 0}


def cached_pipeline() -> Pipeline:
    """The process-wide pipeline with its model loaded (built on first use, then reused)."""
    global _PIPELINE
    if _PIPELINE is None:
        from eventcoder.nlp.model import load_nlp
        from eventcoder.pipeline import default_pipeline

        t0 = time.perf_counter()
        _PIPELINE = default_pipeline()
        load_nlp()
        LOADS["pipeline"] += 1
        LOADS["pid"] = os.getpid()
        log.info("pid %d loaded the pipeline in %.1fs", os.getpid(), time.perf_counter() - t0)
    return _PIPELINE


def _failed(article: Article, exc: BaseException) -> Document:
    article.status = "error"
    article.reason = f"{article.origin or article.id}: processing failed: {type(exc).__name__}: {exc}"
    article.text = article.text or ""
    return Document(article=article)


def _documents(articles: list[Article]) -> list[Document]:
    """Run the batch through ``Pipeline.pipe``; if the batch fails, retry article by article."""
    pipeline = cached_pipeline()
    try:
        return list(pipeline.pipe(articles, batch_size=len(articles) or 1))
    except Exception:  # one article broke the parser: find it, keep the others
        log.warning("batch of %d failed; retrying one by one", len(articles), exc_info=True)
    out = []
    for article in articles:
        try:
            out.append(pipeline(article))
        except Exception as exc:
            out.append(_failed(article, exc))
    return out


def process_batch(batch: list[Payload]) -> list[dict[str, Any]]:
    """Extract a batch of input rows; return one dict per article with its event rows."""
    articles = []
    for file, line, kind, payload in batch:
        origin = f"{file}:{line}"
        try:
            articles.append(article_from_payload(kind, payload, origin))
        except Exception as exc:  # the reader never raises on bad input; guard anyway
            articles.append(_failed(Article(id="", origin=origin), exc))
    out = []
    for (file, line, _kind, _payload), document in zip(batch, _documents(articles), strict=True):
        data = document.to_dict()
        meta = merge_article(data)
        row = article_row(data, file, line)
        row["merge_article_json"] = dumps(meta)
        row["events"] = event_rows(data, meta)
        out.append(row)
    return out


def _batches(rows: Iterable[Payload], size: int) -> Iterator[list[Payload]]:
    batch: list[Payload] = []
    for row in rows:
        batch.append(tuple(row))  # type: ignore[arg-type]
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


EVENT_STRUCT = EVENT_COLUMNS + MERGE_COLUMNS
EXTRACT_COLUMNS = ARTICLE_COLUMNS + [("merge_article_json", "string")]


def process_partition(rows: Iterable[Payload]) -> Iterator[tuple[Any, ...]]:
    """``mapPartitions`` body: article tuples with a list of event tuples as the last field."""
    for batch in _batches(rows, BATCH):
        for row in process_batch(batch):
            events = [as_tuple(e, EVENT_STRUCT) for e in row["events"]]
            yield (*as_tuple(row, EXTRACT_COLUMNS), events)
