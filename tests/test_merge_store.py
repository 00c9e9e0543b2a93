"""run_merge over a real SQLite store: idempotent, incremental by block, corrections kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from merge_cases import documents
from sqlalchemy import select

from eventcoder.merge import run_merge
from eventcoder.merge.corrections import merge_incidents, set_field, split_incident
from eventcoder.store import Store
from eventcoder.store.models import EventRow, IncidentRow

pytest_plugins = ["pg_fixture"]


@pytest.fixture()
def store(store_url: str) -> Store:
    """A fresh store, on SQLite and on PostgreSQL."""
    s = Store(store_url)
    yield s
    s.close()


def _membership(store: Store) -> dict[str, str]:
    with store.session() as s:
        return dict(s.execute(select(EventRow.id, EventRow.incident_id)).all())


def test_merge_store_is_idempotent_and_deterministic(store: Store, tmp_path: Path) -> None:
    """Merge store is idempotent and deterministic."""
    docs = documents()
    for d in docs:
        store.save_document(d)
    first = run_merge(store)
    assert (first.incidents, first.created) == (4, 4)
    before = _membership(store)
    second = run_merge(store)
    assert (second.created, second.updated, second.deleted, second.unchanged) == (0, 0, 0, 4)
    assert _membership(store) == before
    other = Store(f"sqlite:///{tmp_path / 'again.db'}")
    for d in reversed(docs):
        other.save_document(d)
    run_merge(other)
    assert _membership(other) == before  # same ids, whatever the ingest order
    other.close()


def test_merge_store_new_article_remerges_only_its_block(store: Store) -> None:
    """Merge store new article remerges only its block."""
    docs = documents()
    late = [d for d in docs if d.article.id == "mdg-bbc-0620"]
    # An incident in another country and month lies outside the new article's block.
    far = documents()[-1]
    far.article.id = "elsewhere"
    far.events[0].location.country_code = "KE"
    far.events[0].date.start = far.events[0].date.end = "2019-09-01"
    for d in [*docs, far]:
        if d not in late:
            store.save_document(d)
    run_merge(store)
    before = _membership(store)
    store.save_document(late[0])
    report = run_merge(store, article_ids=["mdg-bbc-0620"])
    assert not report.full and report.created == 0
    assert report.events == sum(len(d.events) for d in docs)  # "elsewhere" not re-merged
    after = _membership(store)
    assert after["mdg-bbc-0620:e1"] == after["mdg-reuters-0618:e1"]
    assert {k: v for k, v in after.items() if k in before} == before


def test_merge_store_keeps_human_corrections_and_splits(store: Store) -> None:
    """Merge store keeps human corrections and splits."""
    for d in documents():
        store.save_document(d)
    run_merge(store)
    members = _membership(store)
    market = members["mdg-reuters-0618:e1"]
    set_field(store, market, "fatalities.best", 21, "analyst", "morgue count")
    new = split_incident(store, market, ["mdg-afp-0618:e1"], "analyst", "wrong market")
    run_merge(store)
    run_merge(store, article_ids=["mdg-afp-0618"])
    members = _membership(store)
    assert members["mdg-afp-0618:e1"] == new != members["mdg-reuters-0618:e1"] == market
    with store.session() as s:
        row = s.get(IncidentRow, market)
        assert row.canonical_json["fatalities"]["best"] == 21 and row.fatalities_best == 21
    merge_incidents(store, [market, new], "analyst", "same after all")
    run_merge(store)
    assert _membership(store)["mdg-afp-0618:e1"] == market


def test_merge_store_reingest_keeps_incident_ids(store: Store) -> None:
    """Merge store reingest keeps incident ids."""
    docs = documents()
    for d in docs:
        store.save_document(d)
    run_merge(store)
    before = _membership(store)
    changed = docs[0]
    changed.article.title = "Updated headline"  # new content hash → events rewritten
    assert store.save_document(changed)
    run_merge(store, article_ids=[changed.article.id])
    assert _membership(store) == before
