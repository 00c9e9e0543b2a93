"""Turn one processed document into table rows: the article, its events, the merge input."""

from __future__ import annotations

import json
from typing import Any

from eventcoder.export.rows import event_row
from eventcoder.merge.records import MergeEvent, event_uid, from_record, settings
from eventcoder.merge.similarity import place_key
from eventcoder.spark.columns import JSON_FIELDS
from eventcoder.store.writer import clean


def dumps(value: Any) -> str:
    """Compact JSON, non-ASCII kept."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def merge_article(data: dict[str, Any]) -> dict[str, Any]:
    """The article metadata merging sees, built as the store runner builds it from its rows."""
    article = data.get("article") or {}
    return {
        "id": article.get("id"),
        "title": clean(article.get("title")),
        "url": clean(article.get("url")),
        "publisher": clean(article.get("publisher"), 255) or clean(article.get("source"), 255),
        "published": clean(article.get("published"), 32),
        "text": clean(article.get("text")) or "",
        "sources": [
            {"type": s.get("type"), "speaker": clean(s.get("speaker")) or "",
             "quotes": s.get("quotes") or []}
            for s in data.get("sources") or []
        ],
    }


def article_row(data: dict[str, Any], file: str, line: int) -> dict[str, Any]:
    """The article table's row for a document's JSON."""
    article = data.get("article") or {}
    row = {key: article.get(key) for key in (
        "status", "reason", "url", "title", "publisher", "source", "published", "language",
        "origin",
    )}
    row.update(
        article_id=article.get("id"), file=file, line=line,
        n_events=len(data.get("events") or []), document_json=dumps(data),
    )
    return row


def _blank_to_none(value: Any) -> Any:
    return None if value == "" else value


def event_rows(data: dict[str, Any], article_meta: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per event: flat ACLED-style columns, contract fields, and blocking keys."""
    article = data.get("article") or {}
    events = [e for e in data.get("events") or [] if isinstance(e, dict)]
    local_ids = {str(e.get("id")) for e in events}
    followup_types = set(settings()["followup_sub_types"])
    rows = []
    for record in events:
        flat = {k: _blank_to_none(v) for k, v in event_row(record, article).items()}
        merge_event: MergeEvent = from_record(record, article_meta)
        # A follow-up whose parent is in the same document is merged with it, not on its own.
        related = record.get("related_to")
        followup = bool(related) and record.get("sub_event_type") in followup_types and (
            str(related) in local_ids
        )
        row = {
            **flat,
            "historical": bool(record.get("historical")),
            "uid": event_uid(str(article.get("id")), str(record.get("id"))),
            "gtd_attack_type": record.get("gtd_attack_type"),
            "count": record.get("count"),
            "related_to": related,
            **{f"{name}_json": dumps(record.get(name)) for name in JSON_FIELDS},
            "record_json": dumps(record),
            "event_day": ((record.get("date") or {}).get("start") or "undated")[:10],
            "merge_country": merge_event.block_country,
            "merge_start": merge_event.start,
            "merge_place": "\x1f".join(place_key(merge_event)),
            "merge_parent": merge_event.related_to,
            "merge_main": not followup,
            "merge_text": None if followup else merge_event.text,
        }
        rows.append(row)
    return rows


def merge_event_of(record_json: str, article_json: str) -> MergeEvent:
    """Rebuild the merge view of an event from its record and article metadata (JSON text)."""
    return from_record(json.loads(record_json), json.loads(article_json))
