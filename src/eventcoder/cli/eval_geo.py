"""`eventcoder eval-geo GOLD.jsonl`: score the geoparser on a toponym gold corpus."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventcoder.errors import InputError


def format_report(result: dict) -> str:
    """The figures as a short readable report."""
    lines = [f"geoparsing: {result['articles']} articles, {result['gold_toponyms']} gold toponyms "
             f"with coordinates, {result['found']} found"]
    for key in ("recall", "precision", "acc161_found", "acc161_end_to_end",
                "exact_geonameid_found", "median_error_km", "mean_error_km"):
        lines.append(f"  {key:<22} {result[key]}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Score and print (and write JSON with --json)."""
    from eventcoder.eval.geo import evaluate_geo

    gold = Path(args.gold)
    if not gold.is_file():
        raise InputError(f"Gold file {gold} does not exist.")
    result = evaluate_geo(gold)
    print(format_report(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `eval-geo` command."""
    parser = subparsers.add_parser(
        "eval-geo",
        help="score the geoparser on a toponym gold corpus",
        description=(
            "Geoparse each article of a gold corpus (shared/eval/geo/README.md format) with spaCy "
            "and the geocoder only, and report toponym recall/precision, accuracy@161 km, exact "
            "GeoNames id and error in km.\n"
            "Example: eventcoder eval-geo ../shared/eval/geo/trnews.jsonl --json geo.json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", help="gold JSONL corpus")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.set_defaults(func=run)
