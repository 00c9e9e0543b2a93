"""Find input files and read them as (file, line, kind, payload) rows, the same way in both engines.

A JSONL line is parsed by the normal JSONL reader on the worker (so a malformed line becomes an
error article, not a failed job); a Parquet row travels as a JSON object of its article fields.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventcoder.document import Article
from eventcoder.errors import InputError
from eventcoder.ingest.article import article_from_record, error_article
from eventcoder.ingest.decode import MAX_BYTES
from eventcoder.ingest.jsonl import parse_line

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
ARTICLE_FIELDS = ("id", "text", "html", "url", "published", "source", "title", "publisher")

Payload = tuple[str, int, str, str]  # file, line (1-based), kind ("jsonl" | "record"), payload


def file_kind(name: str) -> str | None:
    """"jsonl" or "parquet" by the file name, None for files that are not article input."""
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def list_input_files(path: str) -> list[str]:
    """The input files under ``path`` (a file or a folder, searched recursively), sorted."""
    target = Path(path)
    if target.is_file():
        return [os.path.abspath(target)]
    if not target.is_dir():
        raise InputError(f"{path}: no such file or directory; check the path")
    found = [
        os.path.abspath(p) for p in sorted(target.rglob("*"))
        if p.is_file() and file_kind(p.name)
        and not any(part.startswith((".", "_")) for part in p.relative_to(target).parts)
    ]
    if not found:
        raise InputError(f"{path}: no .jsonl, .json or .parquet files found")
    return found


def record_payload(record: dict[str, Any]) -> str:
    """A Parquet row's article fields as JSON (dates and numbers as text)."""
    return json.dumps(
        {k: (None if record.get(k) is None else str(record[k])) for k in ARTICLE_FIELDS
         if k in record},
        ensure_ascii=False,
    )


def iter_payloads(file: str) -> Iterator[Payload]:
    """Read one input file in this process (the local engine's reader)."""
    if file_kind(file) == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(file)
        for number, record in enumerate(table.to_pylist(), start=1):
            yield file, number, "record", record_payload(record)
        return
    with open(file, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if line.strip():
                yield file, number, "jsonl", line


def article_from_payload(kind: str, payload: str, origin: str) -> Article:
    """Build the article of one input row with the normal ingest code."""
    if kind == "record":
        return article_from_record(json.loads(payload), origin=origin)
    raw = payload.encode("utf-8")
    if len(raw) > MAX_BYTES:
        return error_article(origin, f"line is over the {MAX_BYTES // 1_048_576} MB limit")
    return next(parse_line(raw, origin))
