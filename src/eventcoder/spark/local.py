"""The local engine: the Spark job's steps in this process (the reference for equal answers)."""

from __future__ import annotations

import logging
import time
from typing import Any

from eventcoder.merge.engine import merge_events
from eventcoder.spark.blocks import incident_row
from eventcoder.spark.inputs import iter_payloads, list_input_files
from eventcoder.spark.rows import merge_event_of
from eventcoder.spark.tables import run_timings, staging_dir, swap_in, write_arrow_tables
from eventcoder.spark.worker import BATCH, process_batch

log = logging.getLogger(__name__)


def extract_local(input_path: str) -> list[dict[str, Any]]:
    """Extract every input article; one article per id (its first row in file, line order)."""
    from spacy.util import minibatch  # the worker's pipeline loads spaCy anyway

    seen: set[str] = set()
    out = []
    payloads = (p for file in list_input_files(input_path) for p in iter_payloads(file))
    for batch in minibatch(payloads, size=BATCH):
        for row in process_batch(batch):
            if row["article_id"] not in seen:
                seen.add(row["article_id"])
                out.append(row)
    return out


def merge_local(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One merge over all events (the engine as the store runner uses it), as incident rows."""
    events = [
        merge_event_of(e["record_json"], a["merge_article_json"])
        for a in articles
        for e in a["events"]
    ]
    groups, _stats = merge_events(events)
    taken: set[str] = set()
    return [incident_row("all", g.main, g.followups, taken) for g in groups]


def run_local(input_path: str, out_dir: str) -> dict[str, Any]:
    """Extract, merge and write the run's tables without Spark; return the manifest."""
    t0 = time.perf_counter()
    articles = extract_local(input_path)
    extracted = time.perf_counter()
    incidents = merge_local(articles)
    merged = time.perf_counter()
    events = [e for a in articles for e in a["events"]]
    stage = staging_dir(out_dir)
    write_arrow_tables(stage, {"articles": articles, "events": events, "incidents": incidents})
    manifest = {
        "engine": "local",
        "input": str(input_path),
        "articles": len(articles),
        "errors": sum(1 for a in articles if a["status"] == "error"),
        "events": len(events),
        "incidents": len(incidents),
        **run_timings(t0, extracted, merged),
    }
    swap_in(out_dir, stage, manifest)
    log.info("local run: %s", manifest)
    return manifest
