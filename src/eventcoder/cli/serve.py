"""`eventcoder serve`: the HTTP API and the web UI (uvicorn)."""

from __future__ import annotations

import argparse

from eventcoder.cli._store import add_db_argument
from eventcoder.errors import ConfigError


def run(args: argparse.Namespace) -> int:
    """Start the API server; mirrors ``uvicorn.run(create_app(...))``."""
    import uvicorn

    from eventcoder.api import create_app
    from eventcoder.cli._store import open_store
    from eventcoder.store.store import DEFAULT_URL, resolve_url

    if not 0 < args.port < 65536:
        raise ConfigError(f"--port {args.port} is not a TCP port: use 1-65535 (e.g. --port 8000).")
    # A typo in --db must not quietly serve a new empty database: only the default file or
    # --create makes one.
    creating = args.create or resolve_url(args.db) == DEFAULT_URL
    try:
        store = open_store(args, must_exist=not creating)
    except ConfigError as exc:
        raise ConfigError(f"{exc} Check the path for a typo, or add --create to serve a new, "
                          "empty database there.") from None
    app = create_app(
        store,
        read_token_required=args.read_token_required,
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
    )
    print(f"eventcoder: serving {store.display_url} at http://{args.host}:{args.port}/ "
          f"(API docs: http://{args.host}:{args.port}/docs)", flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning" if not args.verbose
                    else "info")
    except OverflowError as exc:  # uvicorn's bind refuses ports out of range this way
        raise ConfigError(f"Cannot listen on port {args.port}: {exc}") from None
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `serve` command."""
    p = subparsers.add_parser(
        "serve",
        help="serve the HTTP API and the web UI",
        description="Serve the JSON API under /api, its docs at /docs and the web UI at /. "
        "Writes need a token (eventcoder token create NAME). "
        "Example: eventcoder serve --port 8000 --db eventcoder.db",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    add_db_argument(p)
    p.add_argument("--read-token-required", action="store_true",
                   help="require a token for reads too (default: reads are open)")
    p.add_argument("--create", action="store_true",
                   help="create the SQLite file named by --db if it does not exist")
    p.add_argument("--max-body-mb", type=float, default=5.0,
                   help="largest request body accepted, in MB (default 5)")
    p.set_defaults(func=run)
