"""API tokens: created by ``eventcoder token create NAME``, stored only as a SHA-256 hash.

Writes always need ``Authorization: Bearer <token>``; reads need one only when the server runs
with ``--read-token-required``.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from fastapi import Request
from sqlalchemy import select

from eventcoder.api.errors import ApiError
from eventcoder.errors import ConfigError
from eventcoder.store.models import ApiTokenRow

TOKEN_PREFIX = "ec_"


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Any, name: str) -> str:
    """Create a token called ``name`` and return it (shown once; only its hash is kept)."""
    name = (name or "").strip()
    if not name:
        raise ConfigError("A token needs a name (who uses it), e.g. `eventcoder token create alice`.")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.session() as s:
        s.add(ApiTokenRow(name=name, token_hash=hash_token(token)))
    return token


def list_tokens(store: Any) -> list[dict[str, Any]]:
    """Every token's name, creation time and whether it is revoked (never the token)."""
    with store.session() as s:
        rows = s.scalars(select(ApiTokenRow).order_by(ApiTokenRow.id)).all()
        return [
            {"id": r.id, "name": r.name, "created_at": r.created_at.isoformat(), "revoked": r.revoked}
            for r in rows
        ]


def revoke_token(store: Any, name_or_id: str) -> int:
    """Revoke the tokens with this name (or id); return how many were revoked."""
    with store.session() as s:
        rows = s.scalars(select(ApiTokenRow).where(ApiTokenRow.revoked.is_(False))).all()
        hits = [r for r in rows if r.name == name_or_id or str(r.id) == name_or_id]
        for r in hits:
            r.revoked = True
        return len(hits)


def token_user(store: Any, token: str) -> str | None:
    """The name of a valid, unrevoked token (None otherwise)."""
    with store.session() as s:
        row = s.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == hash_token(token)))
        if row is None or row.revoked:
            return None
        return row.name


def bearer(request: Request) -> str | None:
    """The bearer token sent with the request, if any."""
    header = request.headers.get("authorization") or ""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def require_writer(request: Request) -> str:
    """Dependency: the name of the caller's valid token, or 401."""
    token = bearer(request)
    if token is None:
        raise ApiError(
            401, "This endpoint needs a token: send 'Authorization: Bearer <token>' "
            "(create one with `eventcoder token create NAME`)."
        )
    user = token_user(request.app.state.store, token)
    if user is None:
        raise ApiError(401, "The token is unknown or revoked; create a new one with "
                       "`eventcoder token create NAME`.")
    return user


def require_reader(request: Request) -> str | None:
    """Dependency: read access (a valid token only when the server requires one for reads)."""
    if not request.app.state.read_token_required:
        return None
    return require_writer(request)
