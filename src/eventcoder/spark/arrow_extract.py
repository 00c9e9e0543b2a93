"""Extraction handing its rows to the JVM as Arrow record batches (``mapInArrow``).

Rows built in Python and returned from ``mapPartitions`` reach the JVM pickled; the JVM
unpickles them object by object (Pyrolite) and converts every field, nested event lists
included, to Spark's internal rows: on two cores that JVM work competes with the workers.
As Arrow columns the same rows cross as a few buffers per batch, and the JVM reads them
column by column without building a Java object per value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventcoder.spark.columns import arrow_schema, as_tuple, spark_schema
from eventcoder.spark.worker import BATCH, EVENT_STRUCT, EXTRACT_COLUMNS, process_batch

# The input rows' columns, as ``read_payloads`` gives them: (file, line, kind, payload).
PAYLOAD_SCHEMA = "file string, line long, kind string, payload string"


def extract_schema() -> Any:
    """The Spark schema of an extracted article: its columns and its events, nested."""
    from pyspark.sql import types as T

    return T.StructType(
        spark_schema(EXTRACT_COLUMNS).fields
        + [T.StructField("events", T.ArrayType(spark_schema(EVENT_STRUCT)), True)]
    )


def extract_arrow_schema() -> Any:
    """The same schema for pyarrow (what every output batch is built to)."""
    import pyarrow as pa

    events = pa.list_(pa.struct(list(arrow_schema(EVENT_STRUCT))))
    return pa.schema([*arrow_schema(EXTRACT_COLUMNS), pa.field("events", events)])


def _record(row: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """One article's values, numbers coerced to their column types, events nested the same way."""
    values = dict(zip(names, as_tuple(row, EXTRACT_COLUMNS), strict=True))
    event_names = [name for name, _ in EVENT_STRUCT]
    values["events"] = [
        dict(zip(event_names, as_tuple(e, EVENT_STRUCT), strict=True)) for e in row["events"]
    ]
    return values


def extract_batches(batches: Iterator[Any]) -> Iterator[Any]:
    """``mapInArrow`` body: payload batches in, one record batch per ``BATCH`` articles out."""
    import pyarrow as pa

    schema = extract_arrow_schema()
    names = [name for name, _ in EXTRACT_COLUMNS]
    for batch in batches:
        columns = batch.to_pydict()
        payloads = list(zip(
            columns["file"], columns["line"], columns["kind"], columns["payload"], strict=True
        ))
        for start in range(0, len(payloads), BATCH):
            rows = process_batch(payloads[start:start + BATCH])
            yield pa.RecordBatch.from_pylist([_record(r, names) for r in rows], schema=schema)


def extracted_frame(spark: Any, payloads: Any) -> Any:
    """The extracted articles of an RDD of input rows, built by ``mapInArrow``."""
    frame = spark.createDataFrame(payloads, PAYLOAD_SCHEMA, verifySchema=False)
    return frame.mapInArrow(extract_batches, extract_schema())
