"""Shared helpers of the store commands: the --db option, opening the store, tables and JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.engine import make_url

from eventcoder.errors import ConfigError
from eventcoder.store import Store, resolve_url

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

T = TypeVar("T")


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--db URL`` (default: $EVENTCODER_DB, else sqlite:///eventcoder.db)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL or SQLite file (default: $EVENTCODER_DB, else sqlite:///eventcoder.db; "
        "PostgreSQL: postgresql://USER@HOST:PORT/DB)",
    )


def add_action_command(
    subparsers: argparse._SubParsersAction, name: str, help: str, description: str
) -> argparse._SubParsersAction:
    """Add command ``name`` whose required ACTION (list, show, ...) is a sub-command."""
    parser = subparsers.add_parser(
        name,
        help=help,
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def finish_action(
    parser: argparse.ArgumentParser,
    func: Callable[[argparse.Namespace], int],
    json_help: str | None = None,
) -> None:
    """End an action's arguments: ``--json`` (when it has one), ``--db`` and its handler."""
    if json_help is not None:
        parser.add_argument("--json", action="store_true", help=json_help)
    add_db_argument(parser)
    parser.set_defaults(func=func)


def open_store(args: argparse.Namespace, *, must_exist: bool = False) -> Store:
    """Open the store named by ``--db``; read-only commands refuse to create a new SQLite file."""
    url = resolve_url(getattr(args, "db", None))
    if must_exist:
        parsed = make_url(url)
        database = parsed.database or ""
        if (
            parsed.get_backend_name() == "sqlite"
            and database not in ("", ":memory:")
            and not database.startswith("file:")
            and not Path(database).exists()
        ):
            raise ConfigError(
                f"No database at {database}: run `eventcoder ingest PATH` (or `eventcoder demo`) "
                "first, or pass --db URL."
            )
    return Store(url)


def fetch_one(args: argparse.Namespace, fetch: Callable[[Store], T | None], missing: str) -> T:
    """Read one stored item; when there is none, a clean error (``missing`` names the fix)."""
    with open_store(args, must_exist=True) as store:
        found = fetch(store)
    if found is None:
        raise ConfigError(missing)
    return found


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the event filters ``--country``, ``--type``, ``--start`` and ``--end``."""
    parser.add_argument("--country", default=None, help="only this country (name or ISO code)")
    parser.add_argument("--type", default=None, help="only this event or sub-event type")
    parser.add_argument("--start", default=None, help="events on or after this ISO date")
    parser.add_argument("--end", default=None, help="events on or before this ISO date")


def event_filters(args: argparse.Namespace) -> dict[str, Any]:
    """The store query filters given by :func:`add_filter_arguments`."""
    return {"country": args.country, "event_type": args.type, "start": args.start, "end": args.end}


def console() -> Console:
    """A rich console; wide when piped so tables are not folded into unreadable columns."""
    import sys

    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=160)


def cell(value: object) -> str:
    """A table cell: text as-is (square brackets would otherwise be read as rich markup)."""
    from rich.markup import escape

    return "" if value is None else escape(str(value))


def add_row(table: object, *values: object) -> None:
    """Add a row of escaped cells to a rich table."""
    table.add_row(*(cell(v) for v in values))  # type: ignore[attr-defined]


def new_table(title: str, columns: Iterable[str], *, no_wrap: Iterable[str] = ()) -> Table:
    """A rich table with these columns, long cells folded (``no_wrap`` columns kept whole)."""
    from rich.table import Table

    keep_whole = set(no_wrap)
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in keep_whole)
    return table


def print_json_lines(rows: Iterable[object]) -> None:
    """Print each row as one line of JSON (non-ASCII kept readable)."""
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def best_count(record: dict, name: str) -> str:
    """The best estimate of a count field of an event record as a cell ("" when unknown)."""
    best = (record.get(name) or {}).get("best")
    return "" if best is None else str(best)
