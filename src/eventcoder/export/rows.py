"""Flat event rows with ACLED-like column names, for CSV (and tabular) export.

Columns are named like ACLED's where the meaning is the same (event_date, event_type, actor1,
admin1, latitude, geo_precision, fatalities, ...). Rows are built from the JSON form of a
document (``Document.to_dict()`` or a stored ``record_json``), so the CLI and the store share
one function.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "date_precision",
    "historical",
    "confidence",
)


def _get(mapping: Any, key: str) -> Any:
    """``mapping[key]`` for dicts, None for anything else (null sub-records)."""
    return mapping.get(key) if isinstance(mapping, Mapping) else None


def _actor_name(actor: Mapping[str, Any]) -> str:
    """ACLED name of an event actor when known, else its canonical name."""
    return str(actor.get("acled_name") or actor.get("name") or "")


def _actors(event: Mapping[str, Any]) -> tuple[str, str]:
    """(actor1, actor2): ACLED puts the initiator first; here the perpetrator, then the target."""
    actors = [a for a in event.get("actors") or [] if isinstance(a, Mapping)]
    perpetrators = [a for a in actors if a.get("role") == "perpetrator"]
    targets = [a for a in actors if a.get("role") == "target"]
    others = [a for a in actors if a.get("role") not in {"perpetrator", "target", "announcer"}]
    ordered = perpetrators + targets + others
    names = list(dict.fromkeys(n for n in (_actor_name(a) for a in ordered) if n))
    first = names[0] if names else ""
    second = next(
        (_actor_name(a) for a in targets if _actor_name(a) and _actor_name(a) != first),
        names[1] if len(names) > 1 else "",
    )
    return first, second


def _notes(event: Mapping[str, Any]) -> str:
    """The event's notes (why a field is null or approximate) as one line."""
    notes = event.get("notes") or {}
    if not isinstance(notes, Mapping):
        return str(notes)
    return "; ".join(f"{k}: {v}" for k, v in notes.items() if v)


def event_row(event: Mapping[str, Any], article: Mapping[str, Any]) -> dict[str, Any]:
    """One CSV row for an event record of an article (both as JSON dicts)."""
    date = event.get("date") or {}
    location = event.get("location") or {}
    actor1, actor2 = _actors(event)
    fatalities = _get(event.get("fatalities"), "best")
    return {
        "event_id": event.get("id"),
        "article_id": article.get("id"),
        "event_date": _get(date, "start") or "",
        "date_precision": _get(date, "precision") or "unknown",
        "event_type": event.get("event_type") or "",
        "sub_event_type": event.get("sub_event_type") or "",
        "actor1": actor1,
        "actor2": actor2,
        "country": _get(location, "country") or "",
        "admin1": _get(location, "admin1") or "",
        "location": _get(location, "name") or "",
        "latitude": "" if _get(location, "lat") is None else location["lat"],
        "longitude": "" if _get(location, "lon") is None else location["lon"],
        "geo_precision": _get(location, "precision") or "unknown",
        "source": article.get("publisher") or article.get("source") or "",
        "notes": _notes(event),
        # Unknown stays empty rather than ACLED's 0: the text did not say.
        "fatalities": "" if fatalities is None else fatalities,
        "historical": bool(event.get("historical")),
        "confidence": event.get("confidence"),
    }


def document_rows(document: Any) -> list[dict[str, Any]]:
    """All event rows of a document (a ``Document`` or its ``to_dict()``)."""
    data = document.to_dict() if hasattr(document, "to_dict") else document
    article = data.get("article") or {}
    return [event_row(e, article) for e in data.get("events") or [] if isinstance(e, Mapping)]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading '.

    Numbers stay numbers (a longitude of -3.5 is data, not a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every cell of a row made safe with :func:`safe_cell`."""
    return {k: safe_cell(v) for k, v in row.items()}


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, *, header: bool = True) -> int:
    """Write rows as CSV with :data:`CSV_COLUMNS`; return how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), extrasaction="ignore")
    if header:
        writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(safe_row(row))
        count += 1
    return count
