"""`eventcoder bench-spark -n N`: the local engine against Spark local[1] and local[2]."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    """Time the engines on the same N articles and print rates, speed-ups and memory."""
    from eventcoder.spark.bench import format_bench, run_bench

    engines = tuple(e for e in ("local", "local[1]", "local[2]") if e not in (args.skip or []))
    result = run_bench(args.n, args.source, engines)
    print(format_bench(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `bench-spark` command."""
    parser = subparsers.add_parser(
        "bench-spark",
        help="time the Spark engine at local[1] and local[2] against the local engine",
        description=(
            "Write N articles to a temporary folder (drawn from ../shared/eval/acled_dev*.jsonl "
            "when present, else the synthetic corpus) and run `eventcoder run` on them with the "
            "local engine, Spark local[1] and Spark local[2], each in its own process; print "
            "articles/s, speed-ups and peak memory per worker.\n"
            "Example: eventcoder bench-spark -n 5000"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-n", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--source", metavar="GLOB", default=None,
                        help="JSONL files to draw texts from (default ../shared/eval/acled_dev*.jsonl)")
    parser.add_argument("--skip", action="append", choices=("local", "local[1]", "local[2]"),
                        help="leave an engine out (repeatable)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.set_defaults(func=run)
