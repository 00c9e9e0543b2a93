"""Export what the store holds: CSV (ACLED-like columns), JSONL (full records), GeoJSON points.

Every writer streams: records are read in batches and written one by one, so memory stays flat
however large the store is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from eventcoder.export.rows import CSV_COLUMNS, event_row, safe_row

# The store adds where each row comes from and which incident it was merged into.
STORE_CSV_COLUMNS: tuple[str, ...] = (*CSV_COLUMNS, "url", "incident_id")


def store_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """One flat CSV row for a stored event record (with its ``article`` metadata)."""
    article = record.get("article") or {"id": record.get("article_id")}
    row = event_row(record, article)
    row["event_id"] = record.get("event_id") or record.get("id")
    row["url"] = article.get("url") or ""
    row["incident_id"] = record.get("incident_id") or ""
    return row


def write_store_csv(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write stored records as CSV; return the number of rows."""
    writer = csv.DictWriter(out, fieldnames=list(STORE_CSV_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(safe_row(store_row(record)))
        count += 1
    return count


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one full record (with evidence and article metadata) per line."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
        out.write("\n")
        count += 1
    return count


def geojson_feature(record: Mapping[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature for a record with coordinates (None without them)."""
    location = record.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    if lat is None or lon is None:
        return None
    properties = store_row(record)
    properties.pop("latitude", None)
    properties.pop("longitude", None)
    properties["fatalities"] = (record.get("fatalities") or {}).get("best")
    return {
        "type": "Feature",
        "id": properties["event_id"],
        # GeoJSON (RFC 7946) orders coordinates longitude first.
        "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
        "properties": properties,
    }


def write_geojson(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write a FeatureCollection of the records that have coordinates; return features written."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for record in records:
        feature = geojson_feature(record)
        if feature is None:
            continue
        if count:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
