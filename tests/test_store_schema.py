"""The schema version is checked on open, with a message that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from store_docs import run_concurrently

from eventcoder.errors import StoreError
from eventcoder.store import SCHEMA_VERSION, SchemaVersionError, Store, resolve_url

pytest_plugins = ["pg_fixture"]


def run_sql(url: str, sql: str, **params: object) -> None:
    """Run one statement on the database behind the store's back (to fake other versions)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(sql), params)
    engine.dispose()


def test_new_database_records_version(store_url: str) -> None:
    """A new database records the current schema version; reopening it is fine."""
    with Store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store(store_url) as store:  # reopening an up-to-date database is fine
        assert store.schema_version() == SCHEMA_VERSION


def test_newer_database_is_refused(store_url: str) -> None:
    """A database written by a newer eventcoder is refused with an upgrade hint."""
    Store(store_url).close()
    run_sql(store_url, "INSERT INTO schema_version (version) VALUES (:v)", v=SCHEMA_VERSION + 1)
    with pytest.raises(SchemaVersionError, match="newer .* Upgrade eventcoder"):
        Store(store_url)


def test_older_database_without_migration_is_refused(store_url: str) -> None:
    """An older database with no migration is refused with a re-ingest hint."""
    Store(store_url).close()
    run_sql(store_url, "UPDATE schema_version SET version = 0")
    with pytest.raises(SchemaVersionError, match="older .* Re-ingest"):
        Store(store_url)


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    """A database that eventcoder did not create is refused."""
    url = f"sqlite:///{tmp_path / 'other.db'}"
    run_sql(url, "CREATE TABLE articles (id TEXT)")
    with pytest.raises(SchemaVersionError, match="no schema_version"):
        Store(url)


def test_urls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Database URLs: SQLite default, bare file paths, psycopg driver, $EVENTCODER_DB."""
    monkeypatch.delenv("EVENTCODER_DB", raising=False)
    assert resolve_url(None) == "sqlite:///eventcoder.db"
    assert resolve_url("data/x.db") == "sqlite:///data/x.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("EVENTCODER_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert Store().url.endswith("env.db")
    assert resolve_url("sqlite:///explicit.db") == "sqlite:///explicit.db"


def test_unreachable_server_is_a_clear_error() -> None:
    """Unreachable server is a clear error."""
    with pytest.raises(StoreError, match="Cannot connect"):
        Store("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_concurrent_first_open(store_url: str) -> None:
    """Several processes opening a new database at once create one schema version row."""
    errors = run_concurrently(lambda: Store(store_url).close())
    assert errors == []
    engine = create_engine(store_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM schema_version")).scalar() == 1
    engine.dispose()
