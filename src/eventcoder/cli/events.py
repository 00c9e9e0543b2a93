"""`eventcoder events list|show`: read back the stored events."""

from __future__ import annotations

import argparse
import json

from eventcoder.cli._store import (
    add_action_command,
    add_filter_arguments,
    add_row,
    best_count,
    console,
    event_filters,
    fetch_one,
    finish_action,
    new_table,
    open_store,
    print_json_lines,
)
from eventcoder.store import queries as q


def _actors(record: dict) -> str:
    names = [a.get("acled_name") or a.get("name") for a in record.get("actors") or []]
    return "; ".join(dict.fromkeys(n for n in names if n))


def run_list(args: argparse.Namespace) -> int:
    """Print stored events newest first as a table (or JSON lines with --json)."""
    filters = event_filters(args)
    with open_store(args, must_exist=True) as store:
        records = q.list_events(store, limit=args.limit, offset=args.offset, **filters)
        total = q.count_events(store, **filters)
    if args.json:
        print_json_lines(records)
        return 0
    table = new_table(
        f"{len(records)} of {total} event(s)",
        ("id", "date", "type", "sub-event", "location", "country", "killed", "actors"),
        no_wrap=("id",),
    )
    for r in records:
        loc = r.get("location") or {}
        date = r.get("date") or {}
        add_row(table,
            r["event_id"],
            date.get("start") or (f"({date.get('text')})" if date.get("text") else ""),
            r.get("event_type") or "",
            r.get("sub_event_type") or "",
            loc.get("name") or "",
            loc.get("country") or "",
            best_count(r, "fatalities"),
            _actors(r),
        )
    console().print(table)
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one event's full record with its evidence and article as JSON."""
    record = fetch_one(
        args,
        lambda store: q.get_event(store, args.id),
        f"No stored event {args.id!r}. Event ids look like ARTICLE_ID:e1; "
        "see `eventcoder events list`.",
    )
    if not args.with_text:
        record["article"].pop("text", None)
    print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `events` command with `list` and `show`."""
    sub = add_action_command(
        subparsers,
        "events",
        "list or show stored events",
        "Read back stored events.\nExample: eventcoder events list --country Nigeria",
    )
    ls = sub.add_parser("list", help="stored events, newest first")
    ls.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    ls.add_argument("--offset", type=int, default=0, help="skip the first N")
    add_filter_arguments(ls)
    finish_action(ls, run_list, "JSON lines instead of a table")
    show = sub.add_parser("show", help="one event's full record with evidence")
    show.add_argument("id", help="event id (ARTICLE_ID:e1)")
    show.add_argument("--with-text", action="store_true", help="include the article text")
    finish_action(show, run_show)
