"""Incident exports: CSV in ACLED columns, GeoJSON points, JSONL records, Parquet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from eventcoder.api.queries import checked_record, summary
from eventcoder.export.rows import CSV_COLUMNS, event_row, safe_cell
from eventcoder.store.models import IncidentRow

# ACLED-like columns of the canonical record, then what merging adds.
INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident_id",
    *[c for c in CSV_COLUMNS if c not in ("event_id", "article_id")],
    "fatalities_low",
    "fatalities_high",
    "n_reports",
    "status",
    "sources",
    "articles",
)
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


def flat_row(row: IncidentRow) -> dict[str, Any]:
    """One ACLED-style row for an incident (its canonical record with corrections applied)."""
    record = checked_record(row)
    reports = [r for r in record.get("reports") or [] if isinstance(r, dict)]
    publishers = list(dict.fromkeys(r.get("publisher") for r in reports if r.get("publisher")))
    flat = event_row(record, {"id": row.id, "publisher": "; ".join(publishers)})
    fat = record.get("fatalities") or {}
    flat.update(
        incident_id=row.id,
        fatalities_low=fat.get("low") if isinstance(fat, dict) else None,
        fatalities_high=fat.get("high") if isinstance(fat, dict) else None,
        n_reports=row.n_reports,
        status=row.status,
        sources="; ".join(publishers),
        articles="; ".join(dict.fromkeys(r.get("article_id") or "" for r in reports)),
    )
    return {k: flat.get(k) for k in INCIDENT_COLUMNS}


def to_csv(rows: Iterable[IncidentRow]) -> bytes:
    """CSV with a header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(INCIDENT_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else safe_cell(v) for k, v in flat_row(row).items()})
    return out.getvalue().encode("utf-8")


def to_geojson(rows: Iterable[IncidentRow]) -> bytes:
    """A FeatureCollection of incidents with coordinates."""
    features = []
    for row in rows:
        if row.lat is None or row.lon is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": row.id,
                "geometry": {"type": "Point", "coordinates": [row.lon, row.lat]},
                "properties": summary(row),
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode()


def to_jsonl(rows: Iterable[IncidentRow]) -> bytes:
    """One line per incident: the summary fields plus the canonical record."""
    lines = [
        json.dumps({**summary(row), "canonical": checked_record(row)}, ensure_ascii=False)
        for row in rows
    ]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


def to_parquet(rows: Iterable[IncidentRow]) -> bytes:
    """A Parquet table of the flat rows plus the canonical record as JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = []
    for row in rows:
        flat = flat_row(row)
        flat["canonical_json"] = json.dumps(checked_record(row), ensure_ascii=False)
        records.append(flat)
    columns = [*INCIDENT_COLUMNS, "canonical_json"]
    numeric = {"latitude", "longitude", "confidence"}
    ints = {"fatalities", "fatalities_low", "fatalities_high", "n_reports"}
    fields = []
    for c in columns:
        kind = pa.float64() if c in numeric else pa.int64() if c in ints else (
            pa.bool_() if c == "historical" else pa.string()
        )
        fields.append(pa.field(c, kind))
    schema = pa.schema(fields)
    data = {}
    for f in schema:
        values = [r.get(f.name) for r in records]
        if f.type == pa.string():
            values = [None if v is None or v == "" else str(v) for v in values]
        elif f.type != pa.bool_():
            values = [None if v in (None, "") else v for v in values]
        data[f.name] = values
    table = pa.table(data, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


WRITERS = {"csv": to_csv, "geojson": to_geojson, "jsonl": to_jsonl, "parquet": to_parquet}
