"""`eventcoder bench`: time the whole pipeline against bare spaCy on the same texts, same run."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventcoder.errors import InputError

DEFAULT_PATH = "../shared/eval/acled_dev.jsonl"


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print rates, ratio and memory."""
    from eventcoder.store.bench import format_bench, run_bench

    path = Path(args.path)
    if not path.exists():
        raise InputError(f"{path} does not exist; pass a JSONL file or folder of articles.")
    result: dict = {}
    if not args.process_only:
        result = run_bench(path, n=args.n, workers=args.workers, batch_size=args.batch_size)
        print(format_bench(result))
    if args.pairs > 0:
        from eventcoder.store.bench_process import format_process_bench, run_process_bench

        result["whole_process"] = run_process_bench(
            path, n=args.process_n, pairs=args.pairs, batch_size=args.batch_size)
        print(format_process_bench(result["whole_process"]))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `bench` command."""
    parser = subparsers.add_parser(
        "bench",
        help="time the pipeline against bare spaCy",
        description=(
            "Time the whole pipeline on N articles against spaCy alone (same model, same texts, "
            "nlp.pipe) in the same run; print both rates, the ratio and memory as the batch "
            "grows. Then time what a user waits for: `eventcoder extract` as a whole process "
            "against a bare nlp.pipe script (start-up included), in alternating pairs.\n"
            "Example: eventcoder bench ../shared/eval/acled_dev.jsonl -n 500 --pairs 3"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", default=DEFAULT_PATH, help=f"articles (default {DEFAULT_PATH})")
    parser.add_argument("-n", type=int, default=300, help="number of articles (default 300)")
    parser.add_argument("--workers", type=int, default=1, help="spaCy processes for both runs")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size")
    parser.add_argument("--pairs", type=int, default=3,
                        help="whole-process runs: alternating bare/pipeline pairs (0: skip)")
    parser.add_argument("--process-n", type=int, default=1000,
                        help="articles for the whole-process runs (default 1000)")
    parser.add_argument("--process-only", action="store_true",
                        help="only the whole-process timing (what a user waits for)")
    parser.add_argument("--json", metavar="OUT", default=None, help="also write the figures as JSON")
    parser.set_defaults(func=run)
