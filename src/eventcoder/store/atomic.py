"""Store one article *and* merge its events in one transaction, retrying transient faults.

Either the article, its events and their incidents are all committed, or nothing is: a crash,
a lost database connection or a bad value in the middle leaves no article stored but unmerged.
Faults that pass (PostgreSQL restarting, SQLite busy, two writers inserting one actor) are
retried with backoff; anything else is raised for the caller to report for that one article.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from eventcoder.document import Document
from eventcoder.errors import StoreError
from eventcoder.extract.plausible import plausible
from eventcoder.store.dedup import original_of, remember, text_digest
from eventcoder.store.models import EventRow
from eventcoder.store.store import Store, content_hash

log = logging.getLogger(__name__)

RETRY_SECONDS = 60.0  # long enough for a database server restart


def is_transient(exc: BaseException) -> bool:
    """True for faults that a retry can get past (lost connection, lock, concurrent insert)."""
    if isinstance(exc, IntegrityError | InterfaceError):
        return True
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def retrying(fn: Any, what: str, budget: float = RETRY_SECONDS) -> Any:
    """Call ``fn()`` until it succeeds, retrying transient database faults for ``budget`` s."""
    deadline = time.monotonic() + budget
    delay = 0.05
    conflicts = 0
    while True:
        try:
            return fn()
        except DBAPIError as exc:
            conflicts += isinstance(exc, IntegrityError)
            out_of_time = time.monotonic() + delay > deadline or conflicts > 6
            if not is_transient(exc) or out_of_time:
                raise StoreError(f"{what}: {exc.orig or exc}") from exc
            log.warning("%s: %s; retrying in %.2fs", what, type(exc.orig or exc).__name__, delay)
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


@dataclass
class Stored:
    """What storing one article did."""

    saved: bool  # new or changed
    duplicate_of: str | None = None  # its text is another stored article's: kept as an alias


def store_article(
    store: Store, document: Document, *, force: bool = False, merge: bool = True,
    report: Any = None,
) -> Stored:
    """Save the document and merge its events in one transaction (or record it as an alias)."""
    from eventcoder.merge.runner import MERGE_LOCK, MergeReport

    plausible(document)  # documents built outside the pipeline get the same bounds
    digest = content_hash(document.article)
    article = document.article
    report = report if report is not None else MergeReport(full=False)

    def attempt() -> Stored:
        with MERGE_LOCK, store.session() as s:
            text_key = text_digest(article.text) if article.status == "ok" else None
            owner = original_of(s, article, text_key) if text_key and not force else None
            if owner is not None:
                remember(s, article, text_key or "", digest, owner)
                return Stored(False, owner)
            saved = store._save(s, document, digest, force)
            if saved and text_key:
                remember(s, article, text_key, digest)
            if saved and merge and article.status == "ok":
                _merge_article(s, article.id, report)
            return Stored(saved)

    return retrying(attempt, f"cannot store article {article.id!r}")


def _merge_article(s: Session, article_id: str, report: Any) -> None:
    """Merge the block of one just-saved article inside the caller's transaction."""
    from eventcoder.merge.runner import block_rows, drop_empty_incidents, merge_rows

    s.flush()
    rows = block_rows(s, [article_id])
    if rows:
        merge_rows(s, rows, report)
    report.deleted += drop_empty_incidents(s)


def store_and_merge(store: Store, document: Document, **options: Any) -> bool:
    """Save the document and merge its events in one transaction; True if it was new or changed."""
    return store_article(store, document, **options).saved


def unmerged_article_ids(store: Store) -> list[str]:
    """Articles with events in no incident (left by an older run stopped before merging)."""
    with store.session() as s:
        return sorted(set(s.scalars(
            select(EventRow.article_id).where(EventRow.incident_id.is_(None)).distinct()
        )))
