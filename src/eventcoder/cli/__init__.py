"""Command line: one sub-command per module in this package, each mirroring a Python function.

Every module here defines ``register(subparsers)``; they are discovered, not listed, so a new
command is a new file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from eventcoder import __version__
from eventcoder.errors import EventcoderError


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every discovered sub-command."""
    parser = argparse.ArgumentParser(
        prog="eventcoder",
        description="Turn news articles into evidence-backed records of political violence.",
    )
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``eventcoder`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except EventcoderError as exc:
        print(f"eventcoder: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventcoder: interrupted; re-run the same command to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
