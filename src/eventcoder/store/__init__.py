"""The store: SQLAlchemy 2 models and the :class:`Store` (SQLite file by default, or PostgreSQL).

Example:
    >>> from eventcoder.store import Store
    >>> store = Store()                      # $EVENTCODER_DB or sqlite:///eventcoder.db
    >>> store.save_document(document)        # idempotent by article id + content hash
"""

from __future__ import annotations

from eventcoder.store.models import SCHEMA_VERSION
from eventcoder.store.store import (
    DEFAULT_URL,
    ENV_VAR,
    SchemaVersionError,
    Store,
    content_hash,
    resolve_url,
)
from eventcoder.store.writer import actor_key, event_global_id

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "SCHEMA_VERSION",
    "SchemaVersionError",
    "Store",
    "actor_key",
    "content_hash",
    "event_global_id",
    "resolve_url",
]
