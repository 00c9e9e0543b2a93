"""`eventcoder token create|list|revoke`: API tokens for writes (and reads, if required)."""

from __future__ import annotations

import argparse

from eventcoder.cli._store import add_db_argument, open_store


def run_create(args: argparse.Namespace) -> int:
    """Create a token and print it once (only its hash is stored)."""
    from eventcoder.api.auth import create_token

    store = open_store(args)
    token = create_token(store, args.name)
    store.close()
    print(token)
    return 0


def run_list(args: argparse.Namespace) -> int:
    """List token names (never the tokens)."""
    from eventcoder.api.auth import list_tokens

    store = open_store(args)
    for t in list_tokens(store):
        state = "revoked" if t["revoked"] else "active"
        print(f"{t['id']}\t{t['name']}\t{t['created_at']}\t{state}")
    store.close()
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    """Revoke the tokens with a name (or id)."""
    from eventcoder.api.auth import revoke_token
    from eventcoder.errors import ConfigError

    store = open_store(args)
    n = revoke_token(store, args.name)
    store.close()
    if n == 0:
        raise ConfigError(f"No active token called {args.name!r}; see `eventcoder token list`.")
    print(f"revoked {n} token(s) named {args.name!r}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `token` command."""
    p = subparsers.add_parser(
        "token",
        help="create, list or revoke API tokens",
        description="API tokens for the HTTP API. Example: eventcoder token create alice",
    )
    sub = p.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    c = sub.add_parser("create", help="create a token and print it once",
                       description="Example: eventcoder token create alice --db eventcoder.db")
    c.add_argument("name", help="who uses the token (shown in the audit log)")
    add_db_argument(c)
    c.set_defaults(func=run_create)
    ls = sub.add_parser("list", help="list tokens (names only)",
                        description="Example: eventcoder token list")
    add_db_argument(ls)
    ls.set_defaults(func=run_list)
    r = sub.add_parser("revoke", help="revoke a token by name or id",
                       description="Example: eventcoder token revoke alice")
    r.add_argument("name", help="token name or id")
    add_db_argument(r)
    r.set_defaults(func=run_revoke)
