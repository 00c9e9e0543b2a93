"""Fuzz every write endpoint with generated bad values (Hypothesis), on SQLite and PostgreSQL.

For each request: no 5xx; a 4xx changes nothing in the store; afterwards every read endpoint
still answers. Bounded: a few dozen examples per endpoint, no deadline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from api_server import serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_cases import documents
from sqlalchemy import func, select

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.merge import run_merge
from eventcoder.merge.edits import EDITABLE
from eventcoder.store import Store
from eventcoder.store.models import (
    ArticleRow,
    ArticleTextRow,
    AuditLogRow,
    EventRow,
    IncidentRow,
)

pytest_plugins = ["pg_fixture"]
pytestmark = pytest.mark.slow

HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
FUZZ = settings(max_examples=20, deadline=None, derandomize=True, database=None, suppress_health_check=HEALTH)

# Values chosen to hit the limits of both back ends and of the contract.
nasty_ints = st.sampled_from([-1, 0, 2**31, 2**63, 10**30, -(10**30), 3_000_000_000])
nasty_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "\u0000", "a\u0000b", "x" * 1000, "javascript:alert(1)", "%", "_",
                     "=HYPERLINK(\"http://x\")", "2019-02-30", "9999-12-31", "\ud800"[:0] + "é"]),
)
scalars = st.one_of(st.none(), st.booleans(), nasty_ints, st.integers(),
                    st.floats(allow_nan=False, allow_infinity=False), nasty_text)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12,
)
paths = st.one_of(
    st.sampled_from(list(EDITABLE)),
    st.sampled_from(["date.start", "date.end", "date.best", "location.lat", "location.foo",
                     "fatalities.best", "fatalities.low", "actors.0.name", "actors.9",
                     "targets.0.category", "reports", "id", "_locked", "overrides", ""]),
    st.text(max_size=30),
)

Site = dict[str, Any]


def _site(url: str) -> Iterator[Site]:
    store = Store(url)
    for doc in documents():
        store.save_document(doc)
    run_merge(store)
    auth = {"Authorization": f"Bearer {create_token(store, 'fuzzer')}"}
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=120) as client:
        ids = [i["id"] for i in client.get("/api/incidents").json()["items"]]
        yield {"client": client, "auth": auth, "store": store, "ids": ids}
    store.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """One server per back end for the whole module."""
    if request.param == "sqlite":
        yield from _site(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'f.db'}")
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield from _site(url)
    server.drop_database(url)


def snapshot(store: Store) -> tuple[Any, ...]:
    """Everything a write could change."""
    with store.session() as s:
        incidents = [(r.id, json.dumps(r.overrides_json, sort_keys=True), r.status,
                      json.dumps(r.canonical_json, sort_keys=True))
                     for r in s.scalars(select(IncidentRow).order_by(IncidentRow.id))]
        counts = tuple(s.scalar(select(func.count()).select_from(t)) for t in
                       (ArticleRow, EventRow, AuditLogRow, ArticleTextRow))
        links = list(s.execute(select(EventRow.id, EventRow.incident_id).order_by(EventRow.id)))
    return counts, incidents, links


def reads_answer(site: Site) -> None:
    """Every read endpoint still answers (200)."""
    client: httpx.Client = site["client"]
    listing = client.get("/api/incidents", params={"limit": 1000})
    assert listing.status_code == 200, listing.text
    for item in listing.json()["items"]:
        assert client.get(f"/api/incidents/{item['id']}").status_code == 200
    for sort in ("location", "-date", "fatalities"):
        assert client.get("/api/incidents", params={"sort": sort}).status_code == 200
    assert client.get("/api/incidents", params={"start": "2019-01-01", "end": "2019-12"}).status_code == 200
    for path in ("/api/timeline", "/api/actors", "/api/graph", "/api"):
        assert client.get(path).status_code == 200, path
    for fmt in ("csv", "geojson", "jsonl"):
        assert client.get("/api/export", params={"format": fmt}).status_code == 200, fmt


def check(site: Site, response: httpx.Response, before: tuple[Any, ...]) -> None:
    """No server error; a refusal changed nothing and is in the one error shape; after a change
    every read endpoint still answers (after a refusal the unchanged store proves it)."""
    assert response.status_code < 500, response.text
    if 400 <= response.status_code < 500:
        assert set(response.json()) == {"error"}
        assert snapshot(site["store"]) == before
        assert site["client"].get("/api/incidents", params={"limit": 1000}).status_code == 200
    else:
        reads_answer(site)


@FUZZ
@given(path=paths, value=json_values, which=st.integers(0, 3))
def test_fuzz_patch_incident(site: Site, path: str, value: Any, which: int) -> None:
    """PATCH /api/incidents/{id} with generated fields and values."""
    before = snapshot(site["store"])
    inc = site["ids"][which % len(site["ids"])]
    r = site["client"].patch(f"/api/incidents/{inc}", headers=site["auth"],
                             json={"field": path, "value": value, "reason": "fuzz"})
    check(site, r, before)


@FUZZ
@given(body=json_values, kind=st.sampled_from(["status", "merge", "split"]), which=st.integers(0, 3))
def test_fuzz_status_merge_split(site: Site, body: Any, kind: str, which: int) -> None:
    """Status, merge and split with generated bodies (and ids that do not exist)."""
    before = snapshot(site["store"])
    inc = site["ids"][which % len(site["ids"])]
    path = "/api/incidents/merge" if kind == "merge" else f"/api/incidents/{inc}/{kind}"
    r = site["client"].post(path, headers=site["auth"], json=body)
    check(site, r, before)


@settings(max_examples=10, deadline=None, derandomize=True, database=None, suppress_health_check=HEALTH)
@given(body=json_values, ids=st.lists(st.one_of(nasty_text, st.just("nope")), max_size=3))
def test_fuzz_merge_and_split_with_list_bodies(site: Site, body: Any, ids: list[str]) -> None:
    """Merge and split with well-formed lists of bad ids; status with odd values."""
    client, auth = site["client"], site["auth"]
    inc = site["ids"][0]
    for path, payload in (("/api/incidents/merge", {"ids": ids, "reason": body}),
                          (f"/api/incidents/{inc}/split", {"event_ids": ids}),
                          (f"/api/incidents/{inc}/status", {"status": body})):
        before = snapshot(site["store"])
        check(site, client.post(path, headers=auth, json=payload), before)


article_fields = st.fixed_dictionaries(
    {},
    optional={"id": st.one_of(nasty_text, nasty_ints), "url": st.one_of(nasty_text, scalars),
              "published": st.one_of(nasty_text, scalars), "title": st.one_of(nasty_text, scalars),
              "text": st.one_of(nasty_text, scalars, st.just("Gunmen killed 99999999999 people.")),
              "html": st.one_of(nasty_text, scalars)},
)


@settings(max_examples=15, deadline=None, derandomize=True, database=None, suppress_health_check=HEALTH)
@given(body=st.one_of(article_fields, st.lists(article_fields, max_size=3), json_values))
def test_fuzz_post_articles(site: Site, body: Any) -> None:
    """POST /api/articles with generated records: stored articles are always merged."""
    client = site["client"]
    before = snapshot(site["store"])
    r = client.post("/api/articles", headers=site["auth"], json=body)
    check(site, r, before)
    with site["store"].session() as s:
        unmerged = s.scalar(select(func.count(EventRow.id)).where(EventRow.incident_id.is_(None)))
    assert unmerged == 0


@settings(max_examples=10, deadline=None, derandomize=True, database=None, suppress_health_check=HEALTH)
@given(raw=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)),
       ctype=st.sampled_from(["application/json", "application/x-ndjson", "text/plain",
                              "text/html", "application/octet-stream", ""]))
def test_fuzz_post_raw_bodies(site: Site, raw: bytes, ctype: str) -> None:
    """Raw bodies of every content type: never a server error."""
    before = snapshot(site["store"])
    headers = {**site["auth"], "Content-Type": ctype} if ctype else site["auth"]
    r = site["client"].post("/api/articles", headers=headers, content=raw)
    check(site, r, before)
