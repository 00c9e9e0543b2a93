"""`eventcoder demo`: ingest the bundled sample articles, merge them and print what was found."""

from __future__ import annotations

import argparse
import sys
import time

from eventcoder.cli._store import (
    add_db_argument,
    add_row,
    best_count,
    console,
    new_table,
    open_store,
)
from eventcoder.cli.ingest import print_merge
from eventcoder.store import Store
from eventcoder.store import queries as q
from eventcoder.store.ingest import ingest_paths, merge_articles

UI_HINT = "Open http://127.0.0.1:8000/ after `eventcoder serve`"


def _range(incident: dict) -> str:
    low, best, high = (incident[f"fatalities_{k}"] for k in ("low", "best", "high"))
    if best is None:
        return ""
    if low is not None and high is not None and (low, high) != (best, best):
        return f"{best} ({low}–{high})"
    return str(best)


def print_summary(store: Store, article_ids: list[str]) -> None:
    """Rich tables of the events the samples gave and the incidents they merged into."""
    out = console()
    records = q.list_events(store, article_ids=article_ids, limit=1000)
    titles = {r["article_id"]: (r["article"].get("title") or r["article_id"]) for r in records}
    table = new_table(
        f"{len(records)} event(s) in {len(article_ids)} sample article(s)",
        ("article", "event", "date", "location", "killed", "actors", "incident"),
    )
    for r in records:
        loc = r.get("location") or {}
        date = r.get("date") or {}
        kind = r.get("sub_event_type") or r.get("event_type") or ""
        if r.get("historical"):
            kind += " (background)"
        actors = [
            f"{a.get('acled_name') or a.get('name')} [{a.get('attribution')}]"
            for a in r.get("actors") or []
            if a.get("role") == "perpetrator"
        ]
        add_row(table,
            titles[r["article_id"]][:48],
            kind,
            date.get("start") or (f"? ({date['text']})" if date.get("text") else "?"),
            ", ".join(x for x in (loc.get("name"), loc.get("country")) if x) or "?",
            best_count(r, "fatalities"),
            "; ".join(dict.fromkeys(actors)),
            r.get("incident_id") or "",
        )
    out.print(table)
    incidents = q.incidents_of_articles(store, article_ids)
    if incidents:
        inc = new_table(
            f"{len(incidents)} incident(s) after merging reports",
            ("incident", "type", "date", "location", "killed (range)", "reports"),
        )
        for i in incidents:
            add_row(inc,
                i["id"],
                i["sub_event_type"] or i["event_type"] or "",
                i["date"] or "?",
                ", ".join(x for x in (i["location"], i["admin1"], i["country"]) if x) or "?",
                _range(i),
                str(i["n_reports"]),
            )
        out.print(inc)


def run(args: argparse.Namespace) -> int:
    """Ingest the samples into the store (idempotent), merge, print tables and the UI hint."""
    from eventcoder.samples import sample_paths

    started = time.perf_counter()
    store = open_store(args)
    paths = sample_paths()
    print(f"Ingesting {len(paths)} sample files into {store.display_url} ...", file=sys.stderr)
    report = ingest_paths(
        store, paths, on_error=lambda m: print(f"eventcoder: error: {m}", file=sys.stderr)
    )
    ids = list(report.seen_ids)
    report.merge = merge_articles(store, ids)
    print(report.summary())
    print_merge(report.merge)
    print_summary(store, ids)
    store.close()
    print(f"Done in {time.perf_counter() - started:.1f} s. {UI_HINT}.")
    return 0 if report.processed else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `demo` command."""
    parser = subparsers.add_parser(
        "demo",
        help="ingest the bundled sample articles and show what was found",
        description=(
            "Ingest the bundled sample articles (text, HTML and JSONL; three reports of one "
            "incident) into the store, merge them into incidents and print a summary. "
            "Re-running is safe: stored articles are skipped.\nExample: eventcoder demo"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_argument(parser)
    parser.set_defaults(func=run)
