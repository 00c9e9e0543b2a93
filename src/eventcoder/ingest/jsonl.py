"""JSONL and JSON files: one article per line (or a JSON object / array of objects).

Lines are streamed, so a file of any length uses constant memory. A malformed line becomes an
error article naming the file and line, and the rest of the file is still read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventcoder.document import Article
from eventcoder.ingest.article import article_from_record, error_article
from eventcoder.ingest.decode import MAX_BYTES, decode_line

log = logging.getLogger(__name__)


def read_jsonl(path: Path, label: str | None = None) -> Iterator[Article]:
    """Yield one article per non-blank line of a JSONL file, in order."""
    with path.open("rb") as handle:
        yield from read_jsonl_lines(handle, label or str(path))


def read_jsonl_lines(lines: Iterable[bytes], label: str) -> Iterator[Article]:
    """Yield one article per non-blank JSONL line (bytes), with origin ``label:line``."""
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen_any = True
        origin = f"{label}:{number}"
        if len(raw) > MAX_BYTES:
            yield error_article(
                origin,
                f"line is {len(raw) / 1_048_576:.1f} MB, over the "
                f"{MAX_BYTES // 1_048_576} MB limit for one article",
            )
            continue
        yield from parse_line(raw, origin)
    if not seen_any:
        yield error_article(label, "file is empty; nothing to extract")


def parse_line(raw: bytes, origin: str) -> Iterator[Article]:
    """Parse one JSONL line into an article or an error article."""
    text = decode_line(raw).strip().lstrip("\ufeff")
    try:
        record = json.loads(text)
    except RecursionError:
        yield error_article(origin, "JSON nested too deeply; send flat article objects")
        return
    except json.JSONDecodeError as exc:
        yield error_article(
            origin,
            f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line",
        )
        return
    if not isinstance(record, dict):
        yield error_article(
            origin,
            f"a JSON {type(record).__name__}, expected an object with 'id' and 'text' or 'html'",
        )
        return
    yield article_from_record(record, origin=origin)


def read_json(text: str, label: str) -> Iterator[Article]:
    """Yield articles from ``.json`` content: one object, an array of objects, or JSONL."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield error_article(label, "JSON nested too deeply; send flat article objects")
        return
    except json.JSONDecodeError:
        # Many ".json" exports are really JSON Lines.
        yield from read_jsonl_lines((line.encode("utf-8") for line in text.splitlines()), label)
        return
    if isinstance(data, dict):
        yield article_from_record(data, origin=label)
    elif isinstance(data, list):
        if not data:
            yield error_article(label, "JSON array is empty; nothing to extract")
        for index, item in enumerate(data, start=1):
            origin = f"{label}:{index}"
            if isinstance(item, dict):
                yield article_from_record(item, origin=origin)
            else:
                yield error_article(origin, f"item {index} is not a JSON object")
    else:
        yield error_article(label, "JSON file holds neither an object nor an array of objects")
