"""Load a run's output folder (either engine) into the store: articles, events and incidents.

Articles go through the store's normal writer (rebuilt from their contract JSON), so a loaded
article is stored exactly as ``eventcoder ingest`` stores it; incidents keep the run's ids and
membership, and a later ``eventcoder merge`` over the same events changes nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from eventcoder.merge.reconcile import apply_overrides
from eventcoder.merge.runner import drop_empty_incidents, summary_columns
from eventcoder.spark.documents import document_from_dict
from eventcoder.spark.tables import read_manifest, read_table
from eventcoder.store.models import EventRow, IncidentRow

log = logging.getLogger(__name__)


@dataclass
class LoadReport:
    """What loading one run output did."""

    articles: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: int = 0
    events: int = 0
    incidents: int = 0

    def summary(self) -> str:
        """One line for the CLI."""
        return (
            f"{self.articles} article(s) in the run: {self.stored} stored, {self.unchanged} "
            f"unchanged, {self.skipped} unreadable; {self.events} event(s) in "
            f"{self.incidents} incident(s)"
        )


def _store_articles(store: Any, out_dir: Path, report: LoadReport) -> None:
    for row in read_table(out_dir, "articles"):
        report.articles += 1
        data = json.loads(row["document_json"])
        # Unreadable input (no text to point into) is reported by the run, not stored: as ingest.
        if row["status"] == "error" and not (data.get("article") or {}).get("text"):
            report.skipped += 1
            continue
        if store.save_document(document_from_dict(data)):
            report.stored += 1
        else:
            report.unchanged += 1
        report.events += len(data.get("events") or [])


def _store_incidents(store: Any, out_dir: Path, report: LoadReport) -> None:
    rows = read_table(out_dir, "incidents")
    with store.session() as s:
        existing = {r.id: r for r in s.scalars(select(IncidentRow))}
        events = {r.id: r for r in s.scalars(select(EventRow))}
        for row in rows:
            incident = existing.get(row["incident_id"])
            if incident is None:
                incident = IncidentRow(id=row["incident_id"], overrides_json={}, status="unreviewed")
                s.add(incident)
            # Human corrections already on this incident stay on top of the new record.
            record = apply_overrides(json.loads(row["canonical_json"]), incident.overrides_json)
            if incident.canonical_json != record:
                incident.canonical_json = record
            for key, value in summary_columns(record).items():
                if getattr(incident, key) != value:
                    setattr(incident, key, value)
            for uid in row["event_uids"]:
                if uid in events and events[uid].incident_id != incident.id:
                    events[uid].incident_id = incident.id
            report.incidents += 1
        s.flush()
        drop_empty_incidents(s)


def load_run(store: Any, out_dir: str | Path) -> LoadReport:
    """Store every article of a run output and its incidents (idempotent)."""
    out = Path(out_dir)
    manifest = read_manifest(out)
    report = LoadReport()
    _store_articles(store, out, report)
    _store_incidents(store, out, report)
    log.info("loaded %s run from %s: %s", manifest.get("engine"), out, report.summary())
    return report
