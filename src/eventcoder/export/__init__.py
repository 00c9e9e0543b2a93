"""Export: flat ACLED-like rows, full JSONL records, GeoJSON points and the actor graph.

Example:
    >>> from eventcoder.export import export_store
    >>> with open("events.csv", "w", newline="") as fh:
    ...     export_store(store, "csv", fh)
"""

from __future__ import annotations

import json
from typing import IO, Any

from eventcoder.errors import ConfigError
from eventcoder.export.rows import CSV_COLUMNS, document_rows, event_row, write_csv
from eventcoder.export.stored import (
    STORE_CSV_COLUMNS,
    geojson_feature,
    store_row,
    write_geojson,
    write_jsonl,
    write_store_csv,
)

FORMATS = ("csv", "jsonl", "geojson", "graphml", "json")

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "STORE_CSV_COLUMNS",
    "document_rows",
    "event_row",
    "export_store",
    "geojson_feature",
    "store_row",
    "write_csv",
    "write_geojson",
    "write_jsonl",
    "write_store_csv",
]


def export_store(store: Any, fmt: str, out: IO[Any], **filters: Any) -> int:
    """Write the store in ``fmt`` to ``out`` (text; bytes for graphml); return items written.

    csv/jsonl/geojson write events (filters as in ``queries.filter_events``); graphml/json write
    the actor relation graph.
    """
    from eventcoder.store import queries as q

    if fmt in ("graphml", "json"):
        from eventcoder.export.graph import actor_graph, graph_json, write_graphml

        graph = actor_graph(store)
        if fmt == "graphml":
            write_graphml(graph, out)
        else:
            json.dump(graph_json(graph), out, ensure_ascii=False, indent=2)
            out.write("\n")
        return graph.number_of_edges()
    writers = {"csv": write_store_csv, "jsonl": write_jsonl, "geojson": write_geojson}
    if fmt not in writers:
        raise ConfigError(f"Unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    return writers[fmt](q.iter_records(store, **filters), out)
