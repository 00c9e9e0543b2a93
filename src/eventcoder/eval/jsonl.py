"""Gold and training files are JSON lines: one reader for all of them, with errors naming the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventcoder.errors import InputError


def json_lines(path: Path, what: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-blank line of ``path``, a ``what`` file."""
    if not path.is_file():
        raise InputError(f"{what} {path} does not exist. Pass a JSONL file.")
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                yield n, json.loads(raw)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n} is not valid JSON ({exc.msg}).") from exc
