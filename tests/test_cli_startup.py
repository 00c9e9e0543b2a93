"""The command line imports only the command it runs: `extract` never loads the store or server."""

from __future__ import annotations

import subprocess
import sys

from eventcoder.cli import build_parser

PROBE = """
import sys
from eventcoder.cli import build_parser
build_parser({argv!r})
heavy = ("sqlalchemy", "fastapi", "uvicorn", "eventcoder.store.models", "sklearn")
print(",".join(m for m in heavy if m in sys.modules))
"""


def _loaded_after(argv: list[str]) -> str:
    """Heavy modules loaded after building the parser for ``argv`` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", PROBE.format(argv=argv)], check=True,
                          capture_output=True, text=True)
    return done.stdout.strip()


def test_extract_does_not_import_the_store_or_the_server() -> None:
    assert _loaded_after(["extract", "x.txt"]) == ""
    assert _loaded_after(["-v", "eval", "gold.jsonl"]) == ""


def test_help_still_lists_every_command() -> None:
    text = build_parser([]).format_help()
    for command in ("extract", "eval", "bench", "serve", "events", "fit", "bench-merge"):
        assert command in text
    assert "sqlalchemy" in _loaded_after(["events", "list"])  # a store command loads its store
