"""Articles nobody should be able to break the store with: absurd numbers, bad ids and URLs, a
failing article inside a batch (CLI and HTTP), deep JSON, huge filters — on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from api_server import assert_error, serve
from sqlalchemy import func, select

from eventcoder import pipeline as pipeline_module
from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.document import Article, Document
from eventcoder.ingest import article_from_record
from eventcoder.pipeline import Pipeline
from eventcoder.store import Store
from eventcoder.store.ingest import ingest_articles
from eventcoder.store.models import ArticleRow, EventRow

pytest_plugins = ["pg_fixture"]
pytestmark = pytest.mark.slow

NIGERIA = ("Gunmen attacked Gwoza in Borno state, Nigeria, on Monday and {verb}, police "
           "said. Residents fled the town.")


def _post(client: httpx.Client, auth: dict[str, str], items: Any) -> httpx.Response:
    return client.post("/api/articles", headers=auth, json=items)


@pytest.fixture()
def api(store_url: str) -> Iterator[tuple[httpx.Client, dict[str, str], Store]]:
    """A server over an empty store (SQLite file or PostgreSQL) and a writer token."""
    store = Store(store_url)
    auth = {"Authorization": f"Bearer {create_token(store, 'w')}"}
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=120) as client:
        yield client, auth, store
    store.close()


def _all_merged(store: Store) -> tuple[int, int]:
    """(articles stored, events in no incident)."""
    with store.session() as s:
        return (s.scalar(select(func.count(ArticleRow.id))) or 0,
                s.scalar(select(func.count(EventRow.id)).where(EventRow.incident_id.is_(None))) or 0)


def test_absurd_and_32_bit_overflowing_tolls_are_dropped_with_a_note(api) -> None:
    """"killed 99999999999999999999999999 people" (OverflowError before) and "killed 3000000000
    people" (32-bit columns on PostgreSQL) are stored with a null toll and a note; the articles
    around them in the same request are stored and merged."""
    client, auth, store = api
    items = [
        {"id": "ok-before", "published": "2024-03-04", "text": NIGERIA.format(verb="killed 12 people")},
        {"id": "huge", "published": "2024-03-11", "text": NIGERIA.format(
            verb="killed 99999999999999999999999999 people").replace("Gwoza", "Bama")},
        {"id": "int32", "published": "2024-03-18", "text": NIGERIA.format(
            verb="killed 3000000000 people").replace("Gwoza", "Dikwa")},
        {"id": "ok-after", "published": "2024-03-25", "text": NIGERIA.format(
            verb="killed 7 people").replace("Gwoza", "Monguno")},
    ]
    r = _post(client, auth, items)
    assert r.status_code == 200, r.text
    by_id = {a["id"]: a for a in r.json()["articles"]}
    assert all(a["status"] == "ok" and a["events"] >= 1 and a["incidents"] for a in by_id.values())
    for aid in ("huge", "int32"):
        event = client.get(f"/api/articles/{aid}").json()["events"][0]
        assert event["fatalities"] is None
        assert "plausible" in event["notes"]["fatalities"]
    assert client.get("/api/incidents", params={"sort": "-fatalities"}).json()["items"][0]["fatalities"] == 12
    assert _all_merged(store) == (4, 0)


@pytest.mark.parametrize(
    "item,status",
    [
        ({"id": "a\u0000b", "text": "Gunmen killed 3 people in Kano."}, 422),
        ({"id": "x" * 1000, "text": "Gunmen killed 3 people in Kano."}, 422),
        ({"id": "js", "url": "javascript:alert(1)", "text": "Gunmen killed 3 people in Kano."}, 422),
        ({"id": "data", "url": "data:text/html,<b>x</b>", "text": "Gunmen killed 3 in Kano."}, 422),
    ],
)
def test_ids_and_urls_the_store_cannot_hold_are_refused(api, item: dict, status: int) -> None:
    """An id with NUL or 1,000 characters, or a javascript:/data: URL, is a 4xx, not a 500, and
    nothing is stored."""
    client, auth, store = api
    assert_error(_post(client, auth, item), status)
    assert _all_merged(store) == (0, 0)


def test_one_refused_article_in_a_request_is_reported_and_the_rest_stored(api) -> None:
    """In a batch the refused article gets its reason; the others are stored and merged."""
    client, auth, store = api
    r = _post(client, auth, [
        {"id": "bad\u0000id", "text": "Gunmen killed 3 people in Kano, Nigeria on Monday."},
        {"id": "good", "published": "2024-01-08",
         "text": "Gunmen killed 3 people in Kano, Nigeria on Monday, police said."},
    ])
    assert r.status_code == 200, r.text
    statuses = {a["status"] for a in r.json()["articles"]}
    assert statuses == {"ok", "error"}
    assert _all_merged(store) == (1, 0)


def test_ids_with_a_slash_can_be_read_back(api) -> None:
    """An article posted with id "reuters/2024/03/kano" is served at /api/articles/<that id>."""
    client, auth, _store = api
    aid = "reuters/2024/03/kano"
    r = _post(client, auth, {"id": aid, "published": "2024-03-04",
                             "text": "Gunmen killed 3 people in Kano, Nigeria on Monday."})
    assert r.status_code == 200, r.text
    got = client.get(f"/api/articles/{aid}")
    assert got.status_code == 200 and got.json()["article"]["id"] == aid


def test_deep_json_and_huge_filters_are_client_errors(api) -> None:
    """A deeply nested body is a 400; min_fatalities beyond any column is a 422; q=% is literal."""
    client, auth, _store = api
    deep = b"[" * 100_000 + b"]" * 100_000
    assert_error(client.post("/api/articles", headers={**auth, "Content-Type": "application/json"},
                             content=deep), 400)
    assert_error(client.get("/api/incidents", params={"min_fatalities": 10**30}), 422)
    assert_error(client.get("/api/incidents", params={"offset": 10**30}), 422)
    assert client.get("/api/incidents", params={"q": "a\u0000b"}).status_code in (200, 400)
    _post(client, auth, {"id": "k", "published": "2024-03-04",
                         "text": "Gunmen killed 3 people in Kano, Nigeria on Monday."})
    assert client.get("/api/incidents").json()["total"] == 1
    assert client.get("/api/incidents", params={"q": "%"}).json()["total"] == 0
    assert client.get("/api/incidents", params={"q": "_"}).json()["total"] == 0
    assert client.get("/api/incidents", params={"q": "kano"}).json()["total"] == 1
    assert client.get("/api/actors", params={"q": "%"}).json() == []


def _broken_date(document: Document) -> None:
    """An extractor bug: an impossible date that only the merge trips over."""
    if "Bama" in document.article.text:
        for event in document.events:
            event.date.start = event.date.end = "2024-02-30"


def _pipeline_with_a_bug() -> Pipeline:
    pipeline = Pipeline()
    pipeline.stages.append(("broken_date", _broken_date))
    return pipeline


def _batch() -> list[Article]:
    return [
        article_from_record({"id": f"b{k}", "published": "2024-03-04",
                             "text": NIGERIA.format(verb=f"killed {k + 2} people").replace("Gwoza", town)})
        for k, town in enumerate(["Gwoza", "Bama", "Dikwa"])
    ]


def test_cli_batch_reports_a_failing_article_and_goes_on_and_a_rerun_completes(store_url: str) -> None:
    """An article that fails while being stored and merged is not stored at all; the articles
    before and after it are stored *and* merged; re-running (the bug fixed) completes the batch."""
    store = Store(store_url)
    errors: list[str] = []
    report = ingest_articles(store, _batch(), pipeline=_pipeline_with_a_bug(), on_error=errors.append)
    assert report.errors == 1 and report.new == 2 and "b1" in errors[0]
    with store.session() as s:
        assert s.get(ArticleRow, "b1") is None
    assert _all_merged(store) == (2, 0)
    again = ingest_articles(store, _batch(), pipeline=Pipeline())
    assert again.errors == 0 and again.new == 1 and again.unchanged == 2
    assert _all_merged(store) == (3, 0)
    store.close()


def test_http_batch_reports_a_failing_article_and_stores_the_rest(api) -> None:
    """Over HTTP the failing article's entry says why; the others are stored and merged."""
    client, auth, store = api
    saved = pipeline_module._DEFAULT
    pipeline_module._DEFAULT = _pipeline_with_a_bug()
    try:
        items = [{"id": a.id, "published": "2024-03-04", "text": a.text} for a in _batch()]
        r = _post(client, auth, items)
    finally:
        pipeline_module._DEFAULT = saved
    assert r.status_code == 200, r.text
    result = {a["id"]: a for a in r.json()["articles"]}
    assert result["b1"]["status"] == "error" and "not stored" in result["b1"]["reason"]
    assert result["b0"]["incidents"] and result["b2"]["incidents"]
    assert _all_merged(store) == (2, 0)
    r = _post(client, auth, items)  # re-sending the request completes it
    assert [a["status"] for a in r.json()["articles"]] == ["ok"] * 3
    assert _all_merged(store) == (3, 0)


def test_articles_stored_but_never_merged_by_an_old_run_are_merged_by_the_next(tmp_path) -> None:
    """A store left with unmerged events (a run stopped between storing and merging) is completed
    by re-running ingest, even when every article is already stored."""
    store = Store(f"sqlite:///{tmp_path / 'old.db'}")
    for document in Pipeline().pipe(_batch()):
        store.save_document(document)  # the old way: stored, merged later (or never)
    assert _all_merged(store)[1] > 0
    report = ingest_articles(store, _batch())
    assert report.unchanged == 3 and _all_merged(store) == (3, 0)
    store.close()


def test_cli_ingest_of_an_absurd_toll_stores_and_merges_the_whole_file(tmp_path) -> None:
    """`eventcoder ingest` on a file with "killed 99999999999999999999999999 people" between two
    ordinary reports: exit 0, all three stored and merged (it stopped with OverflowError before)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    records = [
        {"id": "c1", "published": "2024-03-04", "text": NIGERIA.format(verb="killed 4 people")},
        {"id": "c2", "published": "2024-03-11", "text": NIGERIA.format(
            verb="killed 99999999999999999999999999 people").replace("Gwoza", "Bama")},
        {"id": "c3", "published": "2024-03-18", "text": NIGERIA.format(
            verb="killed 6 people").replace("Gwoza", "Dikwa")},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "cli.db"
    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo / "src")}
    for _run in range(2):  # the re-run changes nothing and still exits 0
        out = subprocess.run([sys.executable, "-m", "eventcoder", "ingest", str(path), "--db",
                              f"sqlite:///{db}", "-q"], env=env, capture_output=True, text=True,
                             timeout=600)
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    store = Store(f"sqlite:///{db}")
    assert _all_merged(store) == (3, 0)
    store.close()
