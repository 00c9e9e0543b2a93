"""The :class:`Store`: open a database (SQLite file or PostgreSQL), check its schema, save documents.

Example:
    >>> store = Store("sqlite:///eventcoder.db")
    >>> store.save_document(document)   # True: new or changed; False: already stored
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from eventcoder.document import Article, Document
from eventcoder.errors import StoreError
from eventcoder.store.models import (
    SCHEMA_VERSION,
    TABLES,
    ActorMentionRow,
    ArticleRow,
    ArticleTextRow,
    Base,
    EventActorRow,
    EventRow,
    EvidenceRow,
    RelationRow,
    SchemaVersion,
    SourceRow,
)
from eventcoder.store.writer import DocumentWriter

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///eventcoder.db"
ENV_VAR = "EVENTCODER_DB"

# Migrations from version N to N+1, applied in order when an older database is opened.
MIGRATIONS: dict[int, Callable[[Engine], None]] = {}


class SchemaVersionError(StoreError):
    """The database was made by another eventcoder version with a different schema."""


def resolve_url(url: str | None = None) -> str:
    """Turn ``--db`` / EVENTCODER_DB / the default into a SQLAlchemy URL.

    A bare path becomes a SQLite file; ``postgresql://`` and ``postgres://`` use psycopg 3.
    """
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def content_hash(article: Article) -> str:
    """sha256 of what the pipeline reads from an article: unchanged input means unchanged output."""
    payload = json.dumps(
        [article.text, article.title, article.url, article.published, article.source,
         article.publisher, article.status, article.reason],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on, WAL so readers never block the writer, and wait instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    except Exception:  # read-only or in-memory databases keep their journal mode
        pass
    cursor.close()


# Tries at creating the schema when other processes create it at the same moment.
_CREATE_ATTEMPTS = 10


class Store:
    """A database of articles, events, actors and incidents (SQLite or PostgreSQL, same code).

    ``Store(None)`` opens ``$EVENTCODER_DB`` or ``sqlite:///eventcoder.db``; the schema is created
    on first use and checked on every open.
    """

    def __init__(self, url: str | None = None, *, echo: bool = False) -> None:
        self.url = resolve_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise StoreError(
                f"Cannot read database URL {self.url!r}: use sqlite:///FILE or "
                "postgresql+psycopg://USER@HOST:PORT/DB."
            ) from exc
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.dialect == "sqlite":
            database = parsed.database
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"Cannot open database {self.display_url}: {exc}") from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._open_schema()

    def __repr__(self) -> str:
        return f"Store({self.display_url!r})"

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- schema -------------------------------------------------------------------------------

    def schema_version(self) -> int | None:
        """The schema version recorded in the database (None if it has no version table)."""
        if "schema_version" not in inspect(self.engine).get_table_names():
            return None
        with self.session() as s:
            return s.scalar(select(SchemaVersion.version).order_by(SchemaVersion.version.desc()))

    def _open_schema(self) -> None:
        try:
            existing = set(inspect(self.engine).get_table_names())
        except OperationalError as exc:
            raise StoreError(
                f"Cannot connect to {self.display_url}: {exc.orig}. Check the URL and that the "
                "database server is running (or use a SQLite file: --db sqlite:///eventcoder.db)."
            ) from exc
        if "schema_version" not in existing and existing & set(TABLES):
            raise SchemaVersionError(
                f"{self.display_url} has eventcoder-like tables but no schema_version table: it "
                "was not made by this eventcoder. Use another database (--db URL)."
            )
        version = self.schema_version() if "schema_version" in existing else None
        if version is not None and version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self.display_url} uses schema v{version}, newer than v{SCHEMA_VERSION} of this "
                "eventcoder. Upgrade eventcoder (pip install -U eventcoder) or use another "
                "database (--db URL)."
            )
        if version is not None and version < SCHEMA_VERSION:
            self._migrate(version)
        # Processes opening a new database at once race on each CREATE TABLE; the one that loses
        # a race tries again, and its next look sees the tables the others made.
        for attempt in range(_CREATE_ATTEMPTS):
            try:
                self._create_schema(record_version=version is None)
                return
            except IntegrityError:
                return  # another process recorded the schema version at the same moment
            except SQLAlchemyError as exc:
                if attempt + 1 == _CREATE_ATTEMPTS:
                    raise StoreError(
                        f"Cannot create the tables in {self.display_url}: {exc}") from exc
                time.sleep(0.05 * (attempt + 1))

    def _create_schema(self, record_version: bool) -> None:
        """Create the missing tables and, for a new database, its schema version row."""
        Base.metadata.create_all(self.engine)
        if record_version:
            with self.session() as s:
                if s.get(SchemaVersion, SCHEMA_VERSION) is None:
                    s.add(SchemaVersion(version=SCHEMA_VERSION, eventcoder_version=_version()))

    def _migrate(self, version: int) -> None:
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise SchemaVersionError(
                    f"{self.display_url} uses schema v{version}, older than v{SCHEMA_VERSION} of "
                    "this eventcoder, and no automatic migration exists. Re-ingest your articles "
                    "into a new database (eventcoder ingest PATH --db NEW_URL)."
                )
            step(self.engine)
            version += 1
            with self.session() as s:
                s.add(SchemaVersion(version=version, eventcoder_version=_version()))

    # -- ingest -------------------------------------------------------------------------------

    def stored_hashes(self, article_ids: list[str]) -> dict[str, str]:
        """Map article id → content hash for the given ids already stored (errors excluded)."""
        found: dict[str, str] = {}
        with self.session() as s:
            for i in range(0, len(article_ids), 500):
                chunk = article_ids[i : i + 500]
                rows = s.execute(
                    select(ArticleRow.id, ArticleRow.content_hash).where(
                        ArticleRow.id.in_(chunk), ArticleRow.status != "error"
                    )
                )
                found.update({aid: h for aid, h in rows})
                aliases = s.execute(
                    select(ArticleTextRow.id, ArticleTextRow.content_hash).where(
                        ArticleTextRow.id.in_(chunk), ArticleTextRow.id != ArticleTextRow.article_id
                    )
                )
                found.update({aid: h for aid, h in aliases if aid not in found})
        return found

    def is_stored(self, article: Article) -> bool:
        """True if this exact article (id and content) is already stored and was processed."""
        return self.stored_hashes([article.id]).get(article.id) == content_hash(article)

    def save_document(self, document: Document, *, force: bool = False) -> bool:
        """Store a processed document; True if it was new or changed, False if already stored.

        A changed article replaces its events, mentions, sources and relations; incidents (and the
        human corrections on them) are kept. Concurrent saves of one article give one record.
        ``force`` replaces an unchanged article too (after an extraction upgrade).
        """
        digest = content_hash(document.article)
        attempts = 6
        for attempt in range(attempts):
            try:
                with self.session() as s:
                    return self._save(s, document, digest, force)
            except (IntegrityError, OperationalError) as exc:
                transient = isinstance(exc, IntegrityError) or "locked" in str(exc).lower()
                if not transient or attempt == attempts - 1:
                    raise StoreError(
                        f"Cannot store article {document.article.id!r} in {self.display_url}: "
                        f"{exc.orig}"
                    ) from exc
                time.sleep(0.05 * 2**attempt)
        return False  # pragma: no cover - the loop returns or raises

    def _save(self, s: Session, document: Document, digest: str, force: bool) -> bool:
        aid = document.article.id
        row = s.get(ArticleRow, aid)
        if row is not None and row.content_hash == digest and row.status != "error" and not force:
            return False
        previous: dict[str, tuple[str | None, str | None]] = {}
        if row is not None:
            previous = {
                eid: (inc, etype)
                for eid, inc, etype in s.execute(
                    select(EventRow.id, EventRow.incident_id, EventRow.event_type).where(
                        EventRow.article_id == aid
                    )
                )
            }
            self._delete_children(s, aid)
        DocumentWriter(s).write(document, digest, row, previous)
        return True

    @staticmethod
    def _delete_children(s: Session, article_id: str) -> None:
        event_ids = select(EventRow.id).where(EventRow.article_id == article_id)
        s.execute(delete(EvidenceRow).where(EvidenceRow.event_id.in_(event_ids)))
        s.execute(delete(EventActorRow).where(EventActorRow.event_id.in_(event_ids)))
        s.execute(delete(EventRow).where(EventRow.article_id == article_id))
        for table in (ActorMentionRow, SourceRow, RelationRow):
            s.execute(delete(table).where(table.article_id == article_id))
        s.flush()


def _version() -> str:
    from eventcoder import __version__

    return __version__
