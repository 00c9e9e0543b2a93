"""POST /api/articles over real HTTP: JSON, JSONL, text and uploads, run through the pipeline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from api_server import assert_error, serve
from merge_cases import articles
from sqlalchemy import func, select

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.store import Store
from eventcoder.store.models import ArticleRow, EventRow

pytestmark = pytest.mark.slow  # runs the full pipeline (spaCy)

# What the api fixture gives: a client, a writer token and the store behind the server.
Api = tuple[httpx.Client, str, Store]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A server over an empty store, and a token."""
    path: Path = tmp_path_factory.mktemp("api-articles") / "articles.db"
    store = Store(f"sqlite:///{path}")
    token = create_token(store, "poster")
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=300) as client:
        yield client, token, store
    store.close()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_api_concurrent_posts_of_one_article_make_one_record(api: Api) -> None:
    """API concurrent posts of one article make one record."""
    client, token, store = api
    art = articles()["mgn-reuters-0618"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(
            lambda _: client.post("/api/articles", headers=_auth(token), json=art), range(4)
        ))
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    bodies = [r.json() for r in responses]
    assert {b["articles"][0]["id"] for b in bodies} == {art["id"]}
    assert sum(b["articles"][0]["new"] for b in bodies) == 1
    assert len({tuple(b["articles"][0]["event_ids"]) for b in bodies}) == 1
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ArticleRow)) == 1
        incidents = set(s.scalars(select(EventRow.incident_id)).all())
    assert len(incidents) == len(bodies[0]["incidents"]) or incidents == {None}
    stored = client.get(f"/api/articles/{art['id']}").json()
    assert stored["article"]["text"] == art["text"]  # a JSON text is kept exactly as sent


def test_api_accepts_jsonl_batch_text_and_multipart_upload(api: Api) -> None:
    """API accepts JSONL batch text and multipart upload."""
    client, token, _store = api
    arts = articles()
    batch = "\n".join(json.dumps(arts[k]) for k in ("mdg-reuters-0618", "mdg-afp-0618"))
    r = client.post("/api/articles", headers={**_auth(token), "Content-Type": "application/x-ndjson"},
                    content=batch.encode())
    assert r.status_code == 200, r.text
    assert [a["id"] for a in r.json()["articles"]] == ["mdg-reuters-0618", "mdg-afp-0618"]
    assert all(a["status"] == "ok" for a in r.json()["articles"])
    text = arts["knd-sahara-0619"]["text"]
    r = client.post("/api/articles", params={"published": "2019-06-19", "id": "knd-plain"},
                    headers={**_auth(token), "Content-Type": "text/plain"}, content=text.encode())
    assert r.status_code == 200 and r.json()["articles"][0]["id"] == "knd-plain"
    files = {"files": ("ied.txt", arts["mdg-ied-0618"]["text"].encode(), "text/plain")}
    r = client.post("/api/articles", headers=_auth(token), files=files)
    assert r.status_code == 200, r.text
    assert r.json()["articles"][0]["status"] == "ok"


def test_api_batch_reports_bad_lines_without_losing_good_ones(api: Api) -> None:
    """API batch reports bad lines without losing good ones."""
    client, token, _store = api
    good = json.dumps(articles()["mgn-afp-0619"])
    r = client.post("/api/articles", headers={**_auth(token), "Content-Type": "application/x-ndjson"},
                    content=f"{good}\n{{not json\n".encode())
    assert r.status_code == 200
    statuses = [a["status"] for a in r.json()["articles"]]
    assert statuses == ["ok", "error"]
    assert "JSON" in r.json()["articles"][1]["reason"]


def test_api_read_token_required_closes_reads(tmp_path: Path) -> None:
    """API read token required closes reads."""
    store = Store(f"sqlite:///{tmp_path / 'closed.db'}")
    token = create_token(store, "reader")
    with serve(create_app(store, read_token_required=True)) as base:
        assert_error(httpx.get(f"{base}/api/incidents"), 401)
        ok = httpx.get(f"{base}/api/incidents", headers=_auth(token))
        assert ok.status_code == 200 and ok.json()["total"] == 0
    store.close()


def test_api_serves_the_reference_article_incident_with_evidence(
    api: Api, shared_dir: Path
) -> None:
    """API serves the reference article incident with evidence."""
    client, token, _store = api
    page = shared_dir / "fixtures/seed/karachi_bus_attack.html"
    files = {"files": (page.name, page.read_bytes(), "text/html")}
    r = client.post("/api/articles", headers=_auth(token), files=files)
    assert r.status_code == 200, r.text
    posted = r.json()["articles"][0]
    assert posted["status"] == "ok" and posted["incidents"]
    found = False
    for inc in posted["incidents"]:
        detail = client.get(f"/api/incidents/{inc}").json()
        for report in detail["reports"]:
            text = report["article"]["text"]
            for ev in report["event"]["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["text"]
            event = report["event"]
            if detail["location"] == "Karachi" and not event["historical"] and any(
                ev["field"] == "event" for ev in event["evidence"]
            ):
                found = True
    assert found, "the Karachi bus attack is not among the article's incidents"
