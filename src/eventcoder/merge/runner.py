"""Merge stored events into incidents and write them back (idempotent, block by block).

``run_merge(store)`` re-merges everything; ``run_merge(store, article_ids)`` re-merges only the
block those articles fall in: events of the same countries within the merge window of their
dates, plus every event already in an incident that one of those touches. Incident ids are kept
stable: each new group takes the id of the stored incident it shares most events with, so human
corrections (``overrides_json``, status) stay on the incident they were made on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from eventcoder.merge.edits import valid_overrides
from eventcoder.merge.engine import Group, merge_events
from eventcoder.merge.reconcile import apply_overrides, canonical_record
from eventcoder.merge.records import MergeEvent, from_record, settings
from eventcoder.store.models import ArticleRow, EventRow, IncidentRow, SourceRow

log = logging.getLogger(__name__)

# One merge at a time per process: the API may merge after concurrent POSTs.
MERGE_LOCK = threading.RLock()
LOCK_KEY = "_locked"  # overrides_json key: membership fixed by a human merge or split


@dataclass
class MergeReport:
    """What one merge run did."""

    events: int = 0
    incidents: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    pairs: int = 0
    seconds: float = 0.0
    full: bool = True
    incident_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return asdict(self)

    def summary(self) -> str:
        """One line for the CLI."""
        return (
            f"{self.events} events → {self.incidents} incidents "
            f"({self.created} new, {self.updated} updated, {self.deleted} removed, "
            f"{self.unchanged} unchanged) in {self.seconds:.2f}s"
        )


def _articles(s: Session, ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    id_list = sorted(ids)
    for k in range(0, len(id_list), 500):
        chunk = id_list[k : k + 500]
        for row in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(chunk))):
            out[row.id] = {
                "id": row.id,
                "title": row.title,
                "url": row.url,
                "publisher": row.publisher or row.source,
                "published": row.published,
                "text": row.text,
                "sources": [],
            }
        for src in s.scalars(select(SourceRow).where(SourceRow.article_id.in_(chunk))):
            out[src.article_id]["sources"].append(
                {"type": src.type, "speaker": src.speaker, "quotes": src.quotes_json or []}
            )
    return out


def to_merge_events(s: Session, rows: list[EventRow]) -> list[MergeEvent]:
    """Turn stored event rows into merge records (with their articles' metadata)."""
    arts = _articles(s, {r.article_id for r in rows})
    events = []
    for r in rows:
        record = dict(r.record_json or {})
        record.setdefault("id", r.local_id)
        ev = from_record(record, arts.get(r.article_id, {"id": r.article_id}), db_id=r.id)
        ev.uid = r.id  # the store's id is the uid everywhere
        if r.related_to:
            ev.related_to = r.related_to
        events.append(ev)
    return events


def _shift(iso: str | None, days: int) -> str | None:
    if not iso:
        return None
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()


def block_rows(s: Session, article_ids: list[str]) -> list[EventRow]:
    """The stored events whose merge can change when these articles' events change."""
    seeds = s.scalars(select(EventRow).where(EventRow.article_id.in_(article_ids))).all()
    window = int(settings()["max_window_days"])
    rows: dict[str, EventRow] = {r.id: r for r in seeds}
    for seed in seeds:
        country = seed.country_code or seed.country
        if country:
            place = or_(EventRow.country_code == country, EventRow.country == country)
        else:
            place = EventRow.country_code.is_(None) & EventRow.country.is_(None)
        stmt = select(EventRow).where(place)
        if seed.date_start:
            stmt = stmt.where(
                EventRow.date_start >= _shift(seed.date_start, -window),
                EventRow.date_start <= _shift(seed.date_end or seed.date_start, window),
            )
        elif seed.location:
            stmt = stmt.where(EventRow.location == seed.location)
        else:
            continue  # neither date nor place: nothing can be matched to it
        for r in s.scalars(stmt):
            rows[r.id] = r
        # Undated events of this place may belong with a dated seed too.
        if seed.date_start and seed.location:
            for r in s.scalars(
                select(EventRow).where(
                    EventRow.date_start.is_(None), EventRow.location == seed.location
                )
            ):
                rows[r.id] = r
    # Close the block over incidents: an incident is always re-merged whole.
    incident_ids = {r.incident_id for r in rows.values() if r.incident_id}
    if incident_ids:
        for r in s.scalars(select(EventRow).where(EventRow.incident_id.in_(incident_ids))):
            rows[r.id] = r
    return [rows[k] for k in sorted(rows)]


def new_incident_id(uids: list[str], taken: set[str]) -> str:
    """A stable id for a new incident, derived from its first event."""
    digest = hashlib.sha1(min(uids).encode("utf-8")).hexdigest()
    for k in range(0, len(digest) - 10):
        candidate = f"inc-{digest[k : k + 10]}"
        if candidate not in taken:
            return candidate
    return f"inc-{digest}"


def _assign_ids(
    groups: list[Group], current: dict[str, str | None], incidents: dict[str, IncidentRow]
) -> list[str | None]:
    """Give each group the stored incident id it shares most events with (each id once)."""
    options = []
    for k, g in enumerate(groups):
        tally = Counter(current.get(u) for u in g.uids if current.get(u))
        for inc_id, n in tally.items():
            row = incidents.get(inc_id)
            human = bool(row and (row.overrides_json or row.status != "unreviewed"))
            options.append((-int(human), -n, inc_id, k))
    options.sort()
    chosen: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    for _h, _n, inc_id, k in options:
        if chosen[k] is None and inc_id not in used:
            chosen[k] = inc_id
            used.add(inc_id)
    return chosen


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def summary_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The flat incident columns (for filtering) read from a canonical record."""
    date, loc, fat = (
        v if isinstance(v, dict) else {}
        for v in (record.get("date"), record.get("location"), record.get("fatalities"))
    )
    country = loc.get("country") or loc.get("country_code")
    start = date.get("start")
    return {
        "event_type": _str(record.get("event_type")),
        "sub_event_type": _str(record.get("sub_event_type")),
        "date_start": _str(start),
        "date_end": _str(date.get("end")),
        "date_precision": _str(date.get("precision")),
        "country": _str(country),
        "admin1": _str(loc.get("admin1")),
        "location": _str(loc.get("name")),
        "lat": _float(loc.get("lat")),
        "lon": _float(loc.get("lon")),
        "fatalities_low": _int(fat.get("low")),
        "fatalities_best": _int(fat.get("best")),
        "fatalities_high": _int(fat.get("high")),
        "n_reports": int(record.get("n_reports") or 0),
        "historical": bool(record.get("historical")),
        "block_key": f"{loc.get('country_code') or country or '??'}:{(_str(start) or 'undated')[:7]}",
    }


def write_incident(
    s: Session, row: IncidentRow, group: Group, report: MergeReport | None = None
) -> bool:
    """Store a group's canonical record (human overrides on top) in ``row``; True if changed."""
    base = canonical_record(group.main, group.followups)
    base["id"] = row.id
    # A stored override that breaks the contract (saved before edits were checked) is skipped.
    stored = {k: v for k, v in (row.overrides_json or {}).items() if not k.startswith("_")}
    record = apply_overrides(base, valid_overrides(base, stored))
    columns = summary_columns(record)
    changed = row.canonical_json != record or any(
        getattr(row, k) != v for k, v in columns.items()
    )
    if changed:
        row.canonical_json = record
        for k, v in columns.items():
            setattr(row, k, v)
    return changed


def merge_rows(s: Session, rows: list[EventRow], report: MergeReport) -> None:
    """Merge these stored events into incidents and record what changed in ``report``."""
    events = to_merge_events(s, rows)
    current = {r.id: r.incident_id for r in rows}
    inc_ids = sorted({i for i in current.values() if i})
    incidents = {
        r.id: r for r in s.scalars(select(IncidentRow).where(IncidentRow.id.in_(inc_ids)))
    } if inc_ids else {}
    locked: dict[str, list[str]] = defaultdict(list)
    for uid, inc in current.items():
        if inc and (incidents.get(inc) and (incidents[inc].overrides_json or {}).get(LOCK_KEY)):
            locked[inc].append(uid)
    groups, stats = merge_events(events, [locked[k] for k in sorted(locked)])
    report.events += stats.events
    report.pairs += stats.pairs
    ids = _assign_ids(groups, current, incidents)
    taken = set(s.scalars(select(IncidentRow.id)).all())
    by_uid = {r.id: r for r in rows}
    kept: set[str] = set()
    for group, inc_id in zip(groups, ids, strict=True):
        created = inc_id is None
        if created:
            inc_id = new_incident_id(group.uids, taken)
            taken.add(inc_id)
            row = IncidentRow(id=inc_id, overrides_json={}, status="unreviewed")
            s.add(row)
        else:
            row = incidents[inc_id]
        kept.add(inc_id)
        moved = False
        for uid in group.uids:
            if by_uid[uid].incident_id != inc_id:
                by_uid[uid].incident_id = inc_id
                moved = True
        changed = write_incident(s, row, group)
        report.incidents += 1
        report.incident_ids.append(inc_id)
        if created:
            report.created += 1
        elif changed or moved:
            report.updated += 1
        else:
            report.unchanged += 1
    s.flush()
    gone = [i for i in inc_ids if i not in kept]
    if gone:
        report.deleted += len(gone)
        s.execute(delete(IncidentRow).where(IncidentRow.id.in_(gone)))


def drop_empty_incidents(s: Session) -> int:
    """Delete incidents left without any event (their articles were re-extracted or removed)."""
    linked = select(EventRow.incident_id).where(EventRow.incident_id.is_not(None))
    empty = s.scalars(select(IncidentRow.id).where(IncidentRow.id.not_in(linked))).all()
    if empty:
        s.execute(delete(IncidentRow).where(IncidentRow.id.in_(empty)))
    return len(empty)


def run_merge(store: Any, article_ids: list[str] | None = None) -> MergeReport:
    """Merge stored events into incidents: all of them, or only the block of ``article_ids``."""
    t0 = time.perf_counter()
    report = MergeReport(full=article_ids is None)
    with MERGE_LOCK, store.session() as s:
        if article_ids is None:
            rows = list(s.scalars(select(EventRow).order_by(EventRow.id)))
        else:
            rows = block_rows(s, list(article_ids)) if article_ids else []
        if rows:
            merge_rows(s, rows, report)
        report.deleted += drop_empty_incidents(s)
    report.seconds = time.perf_counter() - t0
    log.info("merge: %s", report.summary())
    return report
