"""`eventcoder ingest PATH...`: extract events from articles and store them (idempotent, resumable)."""

from __future__ import annotations

import argparse
import sys

from eventcoder.cli._store import add_db_argument, open_store
from eventcoder.store.ingest import IngestReport, ingest_paths


def _progress(enabled: bool):
    """A tqdm bar on a terminal (stderr), nothing otherwise."""
    from tqdm import tqdm

    return tqdm(unit="article", desc="ingest", disable=not enabled, leave=False, file=sys.stderr)


def bar_total(bar: object):
    """A callback that sets the bar's total once the input has been counted."""

    def set_total(total: int) -> None:
        bar.total = total  # type: ignore[attr-defined]
        bar.refresh()  # type: ignore[attr-defined]

    return set_total


def print_merge(merge: object) -> None:
    """One line about the merge, whatever shape its report has."""
    if merge is None:
        return
    summary = getattr(merge, "summary", None)
    text = summary() if callable(summary) else str(merge)
    print(f"merge: {text}")


def run(args: argparse.Namespace) -> int:
    """Ingest the paths, merge the new events, print a summary; 1 only if nothing was processed."""
    store = open_store(args)
    from eventcoder.spark.tables import is_run_output

    runs = [p for p in args.paths if is_run_output(p)]
    if runs:  # folders written by `eventcoder run` load as they are: already extracted and merged
        from eventcoder.spark.load import load_run

        for path in runs:
            print(f"{path}: {load_run(store, path).summary()} → {store.display_url}")
        args.paths = [p for p in args.paths if p not in runs]
        if not args.paths:
            store.close()
            return 0
    bar = _progress(sys.stderr.isatty() and not args.quiet)

    def on_error(message: str) -> None:
        bar.clear()
        print(f"eventcoder: error: {message}", file=sys.stderr)

    try:
        report: IngestReport = ingest_paths(
            store, args.paths, workers=args.workers, force=args.force, on_error=on_error,
            tick=bar.update, merge=not args.no_merge, on_total=bar_total(bar),
        )
    finally:
        bar.close()
    if args.no_merge:
        report.merge = None
    print(report.summary() + f" → {store.display_url}")
    print_merge(report.merge)
    store.close()
    return 0 if report.processed else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `ingest` command."""
    parser = subparsers.add_parser(
        "ingest",
        help="extract events from articles and store them",
        description=(
            "Read text, HTML, JSONL, RSS/Atom files or directories, extract events and store them "
            "(a folder written by `eventcoder run` is loaded as it is). "
            "Articles already stored with the same content are skipped, so re-running resumes "
            "an interrupted batch. New events are merged into incidents at the end.\n"
            "Example: eventcoder ingest articles/ feed.jsonl --db sqlite:///events.db"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    add_db_argument(parser)
    parser.add_argument("--workers", type=int, default=1, help="spaCy worker processes (default 1)")
    parser.add_argument(
        "--force", action="store_true", help="re-extract articles even if already stored"
    )
    parser.add_argument("--no-merge", action="store_true", help="do not merge into incidents")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)
