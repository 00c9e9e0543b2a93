"""`eventcoder merge`: group stored events from different articles into incidents."""

from __future__ import annotations

import argparse
import json

from eventcoder.cli._store import add_db_argument, open_store


def run(args: argparse.Namespace) -> int:
    """Merge stored events into incidents (everything, or the blocks of some articles)."""
    from eventcoder.merge import run_merge

    store = open_store(args)
    ids = None if args.full or not args.article else list(args.article)
    report = run_merge(store, article_ids=ids)
    store.close()
    if args.json:
        data = report.to_dict()
        data.pop("incident_ids", None)
        print(json.dumps(data))
    else:
        print(report.summary())
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `merge` command."""
    p = subparsers.add_parser(
        "merge",
        help="merge stored events into incidents",
        description="Group events that different articles report about the same incident into "
        "one canonical incident (idempotent; human corrections are kept). "
        "Example: eventcoder merge --db eventcoder.db",
    )
    add_db_argument(p)
    p.add_argument("--full", action="store_true", help="re-merge everything (the default)")
    p.add_argument("--article", action="append", metavar="ID",
                   help="re-merge only the block of this article (repeatable)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run)
