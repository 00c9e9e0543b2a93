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


def _command_modules(argv: list[str] | None) -> list[str]:
    """The module of the command named in ``argv``, else every command module (for help).

    Importing only the asked command keeps start-up short: the store commands pull in SQLAlchemy,
    the server FastAPI, while `extract` needs neither.
    """
    names = sorted(i.name for i in pkgutil.iter_modules(__path__) if not i.name.startswith("_"))
    asked = next((a for a in argv or () if not a.startswith("-")), None)
    module = asked.replace("-", "_") if asked else None
    return [module] if module in names else names


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """Build the top-level parser with the sub-command ``argv`` names (all when it names none)."""
    parser = argparse.ArgumentParser(
        prog="eventcoder",
        description="Turn news articles into evidence-backed records of political violence.",
    )
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules(argv):
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``eventcoder`` command."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
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
