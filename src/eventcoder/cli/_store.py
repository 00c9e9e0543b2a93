"""Shared helpers of the store commands: the --db option and opening the store."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from eventcoder.errors import ConfigError
from eventcoder.store import Store, resolve_url


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--db URL`` (default: $EVENTCODER_DB, else sqlite:///eventcoder.db)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL or SQLite file (default: $EVENTCODER_DB, else sqlite:///eventcoder.db; "
        "PostgreSQL: postgresql://USER@HOST:PORT/DB)",
    )


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


def console():
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
