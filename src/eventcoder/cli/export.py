"""`eventcoder export --format csv|jsonl|geojson|graphml|json`: write what the store holds."""

from __future__ import annotations

import argparse
import sys

from eventcoder.cli._store import add_db_argument, add_filter_arguments, event_filters, open_store
from eventcoder.export import FORMATS, export_store


def run(args: argparse.Namespace) -> int:
    """Export events (csv, jsonl, geojson) or the actor graph (graphml, json) to a file or stdout."""
    store = open_store(args, must_exist=True)
    filters = event_filters(args)
    if args.no_historical:
        filters["include_historical"] = False
    binary = args.format == "graphml"
    try:
        if args.output and args.output != "-":
            mode = "wb" if binary else "w"
            kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
            with open(args.output, mode, **kwargs) as out:
                n = export_store(store, args.format, out, **filters)
            what = "relation(s)" if args.format in ("graphml", "json") else "event(s)"
            print(f"wrote {n} {what} to {args.output}", file=sys.stderr)
        else:
            out = sys.stdout.buffer if binary else sys.stdout
            export_store(store, args.format, out, **filters)
            out.flush()
    finally:
        store.close()
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` command."""
    parser = subparsers.add_parser(
        "export",
        help="export stored events or the actor graph",
        description=(
            "Export stored events as CSV (ACLED-like columns), JSONL (full records with evidence) "
            "or GeoJSON (points), or the actor relation graph as GraphML or JSON.\n"
            "Example: eventcoder export --format csv -o events.csv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--format", choices=FORMATS, default="csv", help="output format (csv)")
    parser.add_argument("-o", "--output", default=None, metavar="FILE", help="file (default stdout)")
    add_filter_arguments(parser)
    parser.add_argument(
        "--no-historical", action="store_true", help="leave out background mentions"
    )
    add_db_argument(parser)
    parser.set_defaults(func=run)
