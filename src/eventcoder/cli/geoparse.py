"""`eventcoder geoparse INPUT.jsonl`: every toponym of every article, one output line per input line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from eventcoder.errors import InputError


def geoparse_lines(lines: TextIO) -> Iterator[dict]:
    """Yield ``{"id", "toponyms": [...]}`` for each JSONL line (``text`` used exactly as given)."""
    from eventcoder.eval.geo import geoparse_texts

    records: list[dict] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            rec = {"id": f"line{n}", "text": "", "error": f"invalid JSON: {exc.msg}"}
        if not isinstance(rec, dict):
            rec = {"id": f"line{n}", "text": "", "error": "line is not a JSON object"}
        records.append(rec)
    texts = (r.get("text") if isinstance(r.get("text"), str) else "" for r in records)
    for rec, toponyms in zip(records, geoparse_texts(texts), strict=True):
        out = {"id": rec.get("id", None), "toponyms": toponyms}
        if rec.get("error"):
            out["error"] = rec["error"]
        yield out


def run(args: argparse.Namespace) -> int:
    """Read the JSONL input and print one JSON line per article."""
    if args.input == "-":
        stream = sys.stdin
    else:
        path = Path(args.input)
        if not path.is_file():
            raise InputError(f"Input file {path} does not exist.")
        stream = path.open(encoding="utf-8")
    with stream:
        for out in geoparse_lines(stream):
            print(json.dumps(out, ensure_ascii=False))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `geoparse` command."""
    parser = subparsers.add_parser(
        "geoparse",
        help="resolve every place name in JSONL articles (toponyms only, no events)",
        description=(
            "Resolve every toponym of each article in a JSONL file ({\"id\", \"text\"} a line) and "
            "print one line per input line: {\"id\", \"toponyms\": [{start, end, text, name, lat, "
            "lon, geonameid, country_code, admin1, feature_code}]}. Offsets index the text as given.\n"
            "Example: eventcoder geoparse articles.jsonl --format jsonl > toponyms.jsonl"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", help="JSONL file (or '-' for standard input)")
    parser.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    parser.set_defaults(func=run)
