"""`eventcoder eval-muc GOLD.jsonl`: score the pipeline on MUC-4 reports with answer keys."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventcoder.errors import InputError


def run(args: argparse.Namespace) -> int:
    """Score and print the MUC-4 figures (and write them as JSON with --json)."""
    from eventcoder.eval.muc import evaluate_muc, format_muc_report

    gold = Path(args.gold)
    if not gold.is_file():
        raise InputError(f"Gold file {gold} does not exist.")
    result = evaluate_muc(gold, limit=args.limit, progress=not args.quiet,
                          n_process=args.n_process)
    print(format_muc_report(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `eval-muc` command."""
    parser = subparsers.add_parser(
        "eval-muc",
        help="score the pipeline on MUC-4 reports (relevance, perpetrators, attribution)",
        description=(
            "Score the pipeline on MUC-4 reports with answer keys (shared/eval/README.md, MUC-4): "
            "relevance P/R/F1, perpetrator recall, attribution right on found, incident type, "
            "country, and the worst misses.\n"
            "Example: eventcoder eval-muc ../shared/eval/muc4/muc4_dev.jsonl --limit 100 -q"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", help="MUC-4 gold JSONL file")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N reports")
    parser.add_argument("--json", metavar="OUT", default=None, help="write the figures as JSON")
    parser.add_argument("--n-process", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)
