"""Column lists of the run's Parquet tables, with Spark and Arrow schemas built from one list."""

from __future__ import annotations

from typing import Any

from eventcoder.export.rows import CSV_COLUMNS

ColumnSpec = list[tuple[str, str]]

ARTICLE_COLUMNS: ColumnSpec = [
    ("article_id", "string"),
    ("file", "string"),
    ("line", "long"),
    ("origin", "string"),
    ("status", "string"),
    ("reason", "string"),
    ("url", "string"),
    ("title", "string"),
    ("publisher", "string"),
    ("source", "string"),
    ("published", "string"),
    ("language", "string"),
    ("n_events", "long"),
    ("document_json", "string"),
]

# The CSV exporter's flat ACLED-style columns, typed (unknown is null, not "").
_FLAT_TYPES = {
    "latitude": "double", "longitude": "double", "fatalities": "long",
    "historical": "bool", "confidence": "double",
}
FLAT_COLUMNS: ColumnSpec = [(name, _FLAT_TYPES.get(name, "string")) for name in CSV_COLUMNS]

# Contract fields that are objects or lists travel as JSON text.
JSON_FIELDS = (
    "date", "location", "fatalities", "injuries", "arrested", "perpetrators_killed",
    "weapons", "targets", "actors", "denials", "notes", "evidence",
)
EVENT_COLUMNS: ColumnSpec = [
    ("uid", "string"),
    *FLAT_COLUMNS,
    ("gtd_attack_type", "string"),
    ("count", "long"),
    ("related_to", "string"),
    *[(f"{name}_json", "string") for name in JSON_FIELDS],
    ("record_json", "string"),
    ("event_day", "string"),  # partition: the event's start date, or "undated"
]

# What blocking needs of each event (kept in the Spark job, not written out).
MERGE_COLUMNS: ColumnSpec = [
    ("merge_country", "string"),
    ("merge_start", "long"),
    ("merge_place", "string"),
    ("merge_parent", "string"),
    ("merge_main", "bool"),
    ("merge_text", "string"),
]

INCIDENT_COLUMNS: ColumnSpec = [
    ("incident_id", "string"),
    ("component", "string"),
    ("n_events", "long"),
    ("event_uids", "array<string>"),
    ("main_uids", "array<string>"),
    ("event_type", "string"),
    ("sub_event_type", "string"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("country", "string"),
    ("admin1", "string"),
    ("location", "string"),
    ("lat", "double"),
    ("lon", "double"),
    ("fatalities_low", "long"),
    ("fatalities_best", "long"),
    ("fatalities_high", "long"),
    ("n_reports", "long"),
    ("historical", "bool"),
    ("block_key", "string"),
    ("canonical_json", "string"),
]


def names(spec: ColumnSpec) -> list[str]:
    """The column names of a spec."""
    return [name for name, _ in spec]


def spark_schema(spec: ColumnSpec) -> Any:
    """A Spark ``StructType`` for the spec (nullable columns)."""
    from pyspark.sql import types as T

    simple = {
        "string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(),
        "bool": T.BooleanType(), "binary": T.BinaryType(),
        "array<string>": T.ArrayType(T.StringType()),
    }
    return T.StructType([T.StructField(name, simple[kind], True) for name, kind in spec])


def arrow_schema(spec: ColumnSpec) -> Any:
    """A pyarrow schema for the spec."""
    import pyarrow as pa

    simple = {
        "string": pa.string(), "long": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
        "binary": pa.binary(), "array<string>": pa.list_(pa.string()),
    }
    return pa.schema([(name, simple[kind]) for name, kind in spec])


def _typed(value: Any, kind: str) -> Any:
    """Spark keeps a double only if it is a float (an int would turn null): coerce numbers."""
    if value is None:
        return None
    if kind == "double":
        return float(value)
    if kind == "long" and not isinstance(value, bool):
        return int(value)
    return value


def as_tuple(row: dict[str, Any], spec: ColumnSpec) -> tuple[Any, ...]:
    """The row's values in column order, numbers coerced to the column's type."""
    return tuple(_typed(row.get(name), kind) for name, kind in spec)
