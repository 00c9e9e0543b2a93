"""The run's output folder: Parquet tables swapped in whole, plus a manifest written last.

A re-run over the same folder replaces each table (written to a staging folder first, then
renamed into place), so it never duplicates rows; the manifest says which run wrote it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

from eventcoder.spark.columns import ARTICLE_COLUMNS, EVENT_COLUMNS, INCIDENT_COLUMNS, ColumnSpec

RUN_MANIFEST = "_eventcoder_run.json"


def run_timings(started: float, extracted: float, merged: float) -> dict[str, float]:
    """The manifest's timing fields from ``time.perf_counter()`` marks (whole run up to now)."""
    return {
        "extract_seconds": round(extracted - started, 2),
        "merge_seconds": round(merged - extracted, 2),
        "seconds": round(time.perf_counter() - started, 2),
    }


TABLES: dict[str, ColumnSpec] = {
    "articles": ARTICLE_COLUMNS,
    "events": EVENT_COLUMNS,
    "incidents": INCIDENT_COLUMNS,
}
PARTITION = {"events": "event_day"}


def is_run_output(path: str | Path) -> bool:
    """True for a folder written by ``eventcoder run``."""
    return Path(path, RUN_MANIFEST).is_file()


def read_manifest(out_dir: str | Path) -> dict[str, Any]:
    """The manifest of a run output folder."""
    return json.loads(Path(out_dir, RUN_MANIFEST).read_text(encoding="utf-8"))


def read_table(out_dir: str | Path, name: str) -> list[dict[str, Any]]:
    """All rows of one table of a run output (either engine's), as dicts."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    folder = Path(out_dir, name)
    if not folder.is_dir():
        return []
    partitioning = None
    if name in PARTITION:
        partitioning = ds.partitioning(pa.schema([(PARTITION[name], pa.string())]), flavor="hive")
    dataset = ds.dataset(str(folder), format="parquet", partitioning=partitioning)
    return dataset.to_table().to_pylist()


def staging_dir(out_dir: str | Path) -> Path:
    """A fresh staging folder inside the output folder (earlier leftovers removed)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(".staging-*"):
        shutil.rmtree(old, ignore_errors=True)
    stage = out / f".staging-{uuid.uuid4().hex[:12]}"
    stage.mkdir()
    return stage


def swap_in(out_dir: str | Path, stage: Path, manifest: dict[str, Any]) -> None:
    """Replace each table of ``out_dir`` by the staged one, then write the manifest."""
    out = Path(out_dir)
    manifest_path = out / RUN_MANIFEST
    manifest_path.unlink(missing_ok=True)  # a half-swapped folder is never taken for a run
    for name in TABLES:
        target = out / name
        if target.exists():
            target.rename(stage / f"old-{name}")
        if (stage / name).exists():
            (stage / name).rename(target)
    tmp = out / f".{RUN_MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    os.replace(tmp, manifest_path)
    shutil.rmtree(stage, ignore_errors=True)


def write_arrow_tables(stage: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Write rows as Parquet in the staging folder (the local engine's writer)."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from eventcoder.spark.columns import arrow_schema, names

    for name, rows in tables.items():
        spec = TABLES[name]
        schema = arrow_schema(spec)
        table = pa.Table.from_pylist([{k: r.get(k) for k in names(spec)} for r in rows], schema)
        if name in PARTITION:
            ds.write_dataset(
                table, str(stage / name), format="parquet", partitioning=[PARTITION[name]],
                partitioning_flavor="hive", existing_data_behavior="overwrite_or_ignore",
            )
        else:
            (stage / name).mkdir()
            pq.write_table(table, stage / name / "part-00000.parquet")
