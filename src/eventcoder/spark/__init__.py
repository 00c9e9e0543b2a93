"""Run extraction and merging on Apache Spark (or the same steps in one process, for reference).

``eventcoder run --engine spark`` reads JSONL/Parquet articles, extracts events with the normal
pipeline inside ``mapPartitions`` (model and gazetteer loaded once per executor process), merges
them block by block with the normal merge engine and writes Parquet tables: ``articles/``,
``events/`` (partitioned by event day) and ``incidents/``. ``--engine local`` writes the same
tables without Spark, and ``eventcoder ingest DIR`` loads either into the store.
"""

from __future__ import annotations

from eventcoder.spark.tables import RUN_MANIFEST, is_run_output, read_table

__all__ = ["RUN_MANIFEST", "is_run_output", "read_table"]
