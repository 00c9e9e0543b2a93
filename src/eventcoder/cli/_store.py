"""Shared helpers of the store commands: the --db option and opening the store."""

from __future__ import annotations

import argparse

from eventcoder.store import Store


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--db URL`` (default: $EVENTCODER_DB, else sqlite:///eventcoder.db)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL or SQLite file (default: $EVENTCODER_DB, else sqlite:///eventcoder.db; "
        "PostgreSQL: postgresql://USER@HOST:PORT/DB)",
    )


def open_store(args: argparse.Namespace) -> Store:
    """Open the store named by ``--db``."""
    return Store(getattr(args, "db", None))


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
