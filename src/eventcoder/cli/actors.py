"""`eventcoder actors list|show NAME`: actors across everything stored."""

from __future__ import annotations

import argparse
import json

from eventcoder.cli._store import (
    add_action_command,
    add_row,
    cell,
    console,
    fetch_one,
    finish_action,
    new_table,
    open_store,
    print_json_lines,
)
from eventcoder.store import queries as q


def run_list(args: argparse.Namespace) -> int:
    """Print the most active actors as a table (or JSON lines)."""
    with open_store(args, must_exist=True) as store:
        actors = q.list_actors(store, q=args.q, limit=args.limit)
    if args.json:
        print_json_lines(actors)
        return 0
    table = new_table(
        f"{len(actors)} actor(s)",
        ("name", "ACLED name", "kind", "country", "events", "articles", "aliases"),
    )
    for a in actors:
        add_row(table,
            a["name"], a["acled_name"] or "", a["kind"] or "", a["country"] or "",
            str(a["n_events"]), str(a["n_articles"]), "; ".join(a["aliases"][:6]),
        )
    console().print(table)
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print an actor with its aliases, events and relations."""
    profile = fetch_one(
        args,
        lambda store: q.actor_profile(store, args.name),
        f"No stored actor matches {args.name!r}; see `eventcoder actors list --q TEXT`.",
    )
    if args.json:
        print(json.dumps(profile, ensure_ascii=False, indent=2))
        return 0
    out = console()
    kind = f"  ({cell(profile['kind'])})" if profile["kind"] else ""
    out.print(f"[bold]{cell(profile['name'])}[/bold]{kind}")
    for label, key in (("ACLED name", "acled_name"), ("country", "country")):
        if profile[key]:
            out.print(f"{label}: {cell(profile[key])}")
    out.print(f"aliases: {cell(', '.join(profile['aliases']) or '-')}")
    out.print(f"named {profile['n_mentions']} time(s) in {profile['n_articles']} article(s)")
    events = new_table(
        f"{len(profile['events'])} event(s)",
        ("event", "date", "type", "location", "killed", "role", "attribution", "by"),
    )
    for e in profile["events"]:
        add_row(events,
            e["event_id"], e["date"] or "", e["sub_event_type"] or e["event_type"] or "",
            ", ".join(x for x in (e["location"], e["country"]) if x),
            "" if e["fatalities"] is None else str(e["fatalities"]), e["role"], e["attribution"],
            e["attributed_by"] or "",
        )
    out.print(events)
    relations = new_table(
        f"{len(profile['relations'])} relation(s)",
        ("source", "relation", "target", "article", "evidence"),
    )
    for r in profile["relations"]:
        add_row(relations, r["source"], r["relation"], r["target"], r["article_id"], r["evidence"] or "")
    out.print(relations)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `actors` command with `list` and `show`."""
    sub = add_action_command(
        subparsers,
        "actors",
        "list stored actors or show one",
        "Actors across everything stored: aliases, events (role and attribution) and "
        "relations.\nExample: eventcoder actors show \"Boko Haram\"",
    )
    ls = sub.add_parser("list", help="actors, most active first")
    ls.add_argument("--q", default=None, help="only names containing this text")
    ls.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    finish_action(ls, run_list, "JSON lines instead of a table")
    show = sub.add_parser("show", help="one actor: aliases, events, relations")
    show.add_argument("name", help="name, alias, acronym or ACLED name")
    finish_action(show, run_show, "JSON instead of tables")
