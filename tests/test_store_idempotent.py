"""Idempotent saving: same article twice is one record; a changed one replaces its events only."""

from __future__ import annotations

from sqlalchemy import func, select
from store_docs import MARKET_TEXT, market_document, run_concurrently

from eventcoder.store import Store
from eventcoder.store import queries as q
from eventcoder.store.models import ArticleRow, EventRow, EvidenceRow, IncidentRow

pytest_plugins = ["pg_fixture"]


def _count(store: Store, column) -> int:
    with store.session() as s:
        return s.scalar(select(func.count(column)))


def test_same_article_twice_is_one_record(store_url: str) -> None:
    """Same article twice is one record."""
    with Store(store_url) as store:
        assert store.save_document(market_document()) is True
        assert store.save_document(market_document()) is False
        assert store.is_stored(market_document().article)
        assert _count(store, ArticleRow.id) == 1
        assert _count(store, EventRow.id) == 1
        assert _count(store, EvidenceRow.id) == 4


def test_changed_article_keeps_human_corrections(store_url: str) -> None:
    """Changed article keeps human corrections."""
    with Store(store_url) as store:
        store.save_document(market_document())
        with store.session() as s:
            s.add(IncidentRow(id="inc-1", overrides_json={"fatalities.best": 15}, status="verified"))
            s.flush()
            s.get(EventRow, "market-1:e1").incident_id = "inc-1"
        changed = market_document(text=MARKET_TEXT.replace("on Tuesday", "on Tuesday night"))
        assert store.save_document(changed) is True
        with store.session() as s:
            incident = s.get(IncidentRow, "inc-1")
            assert incident.overrides_json == {"fatalities.best": 15}
            assert incident.status == "verified"
            event = s.get(EventRow, "market-1:e1")
            assert event.incident_id == "inc-1"
        assert _count(store, EventRow.id) == 1
        record = q.get_event(store, "market-1:e1")
        assert "Tuesday night" in record["article"]["text"]


def test_concurrent_saves_of_one_article(store_url: str) -> None:
    """Concurrent saves of one article store it once, without errors."""
    with Store(store_url) as store:
        store.save_document(market_document("warmup"))
        results: list[bool] = []
        errors = run_concurrently(lambda: results.append(store.save_document(market_document())))
        assert errors == []
        assert results.count(True) == 1
        assert _count(store, ArticleRow.id) == 2
        assert _count(store, EventRow.id) == 2
