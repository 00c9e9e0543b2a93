"""The HTTP API over real HTTP: incidents, filters, evidence, corrections, exports, errors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import assert_error, serve
from merge_cases import documents

from eventcoder.api import create_app
from eventcoder.api.auth import create_token, revoke_token
from eventcoder.merge import run_merge
from eventcoder.store import Store

# What the api fixture gives: a client, a writer token and the store behind the server.
Api = tuple[httpx.Client, str, Store]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A server over a store holding the hand-coded fixture reports, merged; and a token."""
    path: Path = tmp_path_factory.mktemp("api") / "api.db"
    store = Store(f"sqlite:///{path}")
    for doc in documents():
        store.save_document(doc)
    run_merge(store)
    token = create_token(store, "tester")
    app = create_app(store, max_body_bytes=256 * 1024)
    with serve(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client, token, store
    store.close()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _market(client: httpx.Client) -> dict:
    items = client.get("/api/incidents", params={"min_fatalities": 10}).json()["items"]
    assert len(items) == 1
    return items[0]


def test_api_lists_incidents_with_filters_pages_and_sorting(api: Api) -> None:
    """API lists incidents with filters pages and sorting."""
    client, _token, _store = api
    body = client.get("/api/incidents").json()
    assert body["total"] == 4 and len(body["items"]) == 4
    item = body["items"][0]
    for key in ("id", "event_type", "sub_event_type", "date", "date_precision", "country",
                "admin1", "location", "lat", "lon", "fatalities", "fatalities_low",
                "fatalities_high", "actors", "n_reports", "status", "historical"):
        assert key in item
    assert client.get("/api/incidents", params={"event_type": "Battles"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"country": "NG"}).json()["total"] == 4
    assert client.get("/api/incidents", params={"country": "Kenya"}).json()["total"] == 0
    monguno = client.get("/api/incidents", params={"bbox": "13.4,12.5,13.8,12.8"}).json()
    assert [i["location"] for i in monguno["items"]] == ["Monguno"]
    assert client.get("/api/incidents", params={"q": "roadside"}).json()["total"] == 1
    assert client.get("/api/incidents", params={"actor": "west africa"}).json()["total"] == 2
    assert client.get("/api/incidents", params={"start": "2019-06-19"}).json()["total"] == 0
    assert client.get("/api/incidents", params={"end": "2019-06"}).json()["total"] == 4
    assert client.get("/api/incidents", params={"end": "2019-05"}).json()["total"] == 0
    top = client.get("/api/incidents", params={"sort": "-fatalities", "limit": 1}).json()
    assert top["total"] == 4 and len(top["items"]) == 1
    assert (top["items"][0]["fatalities_low"], top["items"][0]["fatalities_high"]) == (12, 19)
    page2 = client.get("/api/incidents", params={"sort": "-fatalities", "limit": 1, "offset": 1})
    assert page2.json()["items"][0]["location"] == "Monguno"
    timeline = client.get("/api/timeline").json()
    assert sum(row["n"] for row in timeline) == 4 and timeline[0]["date"] == "2019-06-18"


def test_api_incident_has_reports_with_exact_evidence_spans(api: Api) -> None:
    """API incident has reports with exact evidence spans."""
    client, _token, _store = api
    detail = client.get(f"/api/incidents/{_market(client)['id']}").json()
    assert len({r["article"]["id"] for r in detail["reports"]}) == 7
    roles = sorted(r["role"] for r in detail["reports"])
    assert roles.count("followup") == 2
    for report in detail["reports"]:
        text = report["article"]["text"]
        assert report["event"]["evidence"]
        for ev in report["event"]["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    claims = {(a["actor"], a["attribution"], a["article_id"])
              for a in detail["canonical"]["attributions"]}
    assert ("Islamic State West Africa Province", "claimed", "mdg-premium-0619") in claims
    assert ("Boko Haram", "suspected", "mdg-reuters-0618") in claims
    for key in ("actors", "sources", "relations", "audit"):
        assert isinstance(detail[key], list)


def test_api_corrections_are_audited_and_survive_remerge(api: Api) -> None:
    """API corrections are audited and survive remerge."""
    client, token, store = api
    inc = _market(client)["id"]
    r = client.patch(f"/api/incidents/{inc}", headers=_auth(token),
                     json={"field": "fatalities.best", "value": 18, "reason": "hospital list"})
    assert r.status_code == 200, r.text
    assert r.json()["fatalities"] == 18 and r.json()["canonical"]["fatalities"]["best"] == 18
    r = client.post(f"/api/incidents/{inc}/status", headers=_auth(token),
                    json={"status": "verified", "reason": "checked"})
    assert r.json()["status"] == "verified"
    run_merge(store)
    again = client.get(f"/api/incidents/{inc}").json()
    assert again["fatalities"] == 18 and again["status"] == "verified"
    audit = again["audit"]
    assert [(a["action"], a["user"]) for a in audit][:2] == [("edit", "tester"), ("status", "tester")]
    assert audit[0]["old"] == 19 and audit[0]["new"] == 18 and audit[0]["reason"] == "hospital list"
    # Split one report out; re-merging must not put it back.
    moved = "mdg-bbc-0620:e1"
    r = client.post(f"/api/incidents/{inc}/split", headers=_auth(token),
                    json={"event_ids": [moved], "reason": "different attack"})
    assert r.status_code == 200, r.text
    new_id = r.json()["new"]["id"]
    run_merge(store)
    assert client.get(f"/api/incidents/{new_id}").json()["n_reports"] == 1
    # Merge them back by hand.
    r = client.post("/api/incidents/merge", headers=_auth(token),
                    json={"ids": [inc, new_id], "reason": "same attack after all"})
    assert r.status_code == 200 and r.json()["id"] == inc
    run_merge(store)
    assert client.get(f"/api/incidents/{inc}").json()["n_reports"] == 7
    assert_error(client.get(f"/api/incidents/{new_id}"), 404)


def test_api_exports_csv_geojson_jsonl_parquet(api: Api) -> None:
    """API exports CSV GeoJSON JSONL parquet."""
    client, _token, _store = api
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv").text)))
    assert len(rows) == 4
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "country", "admin1",
                "location", "latitude", "longitude", "fatalities", "source"):
        assert col in rows[0]
    geo = client.get("/api/export", params={"format": "geojson", "event_type": "Battles"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 1
    lines = client.get("/api/export?format=jsonl").text.splitlines()
    assert len(lines) == 4 and "canonical" in json.loads(lines[0])
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(client.get("/api/export?format=parquet").content))
    assert table.num_rows == 4 and "fatalities_high" in table.column_names


def test_api_actors_graph_docs_and_auth_check(api: Api) -> None:
    """API actors graph docs and auth check."""
    client, token, _store = api
    actors = client.get("/api/actors", params={"q": "boko"}).json()
    assert any(a["name"] == "Boko Haram" for a in actors)
    assert client.get("/api/actors/Boko Haram").json()["events"]
    assert set(client.get("/api/graph").json()) == {"nodes", "edges"}
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui" in docs.text
    assert "cdn." not in docs.text  # the docs page loads nothing from a CDN
    scripts = [line.split('src="')[1].split('"')[0] for line in docs.text.splitlines()
               if '<script src="' in line]
    assert scripts and all(client.get(src).status_code == 200 for src in scripts)
    assert "/api/incidents" in client.get("/openapi.json").json()["paths"]
    assert client.get("/api/auth/check", headers=_auth(token)).json()["user"] == "tester"


def test_api_error_shape_on_every_failure(api: Api) -> None:
    """API error shape on every failure."""
    client, token, store = api
    bad = create_token(store, "leaver")
    revoke_token(store, "leaver")
    cases = [
        (client.get("/api/incidents/nope"), 404),
        (client.get("/api/nothing-here"), 404),
        (client.get("/api/articles/nope"), 404),
        (client.get("/api/actors/Nobody At All Xyz"), 404),
        (client.get("/api/incidents", params={"bbox": "1,2,3"}), 400),
        (client.get("/api/incidents", params={"start": "yesterday"}), 400),
        (client.get("/api/incidents", params={"sort": "colour"}), 400),
        (client.get("/api/incidents", params={"limit": "many"}), 422),
        (client.get("/api/export", params={"format": "xls"}), 400),
        (client.get("/api/auth/check"), 401),
        (client.get("/api/auth/check", headers=_auth("ec_wrong")), 401),
        (client.get("/api/auth/check", headers=_auth(bad)), 401),
        (client.post("/api/articles", json={"text": "x"}), 401),
        (client.post("/api/articles", headers=_auth(bad), json={"text": "x"}), 401),
        (client.patch("/api/incidents/nope", headers=_auth(token),
                      json={"field": "event_type", "value": "Battles"}), 404),
        (client.patch(f"/api/incidents/{_market(client)['id']}", headers=_auth(token),
                      json={"field": "reports", "value": []}), 400),
        (client.patch(f"/api/incidents/{_market(client)['id']}", headers=_auth(token),
                      json={"value": 3}), 422),
        (client.patch(f"/api/incidents/{_market(client)['id']}", headers=_auth(token),
                      json={"field": "fatalities.best", "value": "many"}), 400),
        (client.patch(f"/api/incidents/{_market(client)['id']}", headers=_auth(token),
                      json={"field": "event_type", "value": "Skirmish"}), 400),
        (client.patch(f"/api/incidents/{_market(client)['id']}", headers=_auth(token),
                      json={"field": "location", "value": "Kano"}), 400),
        (client.post("/api/incidents/merge", headers=_auth(token), json={"ids": ["a"]}), 422),
        (client.post(f"/api/incidents/{_market(client)['id']}/status", headers=_auth(token),
                     json={"status": "great"}), 422),
        (client.post("/api/articles", headers={**_auth(token), "Content-Type": "application/json"},
                     content=b'{"text": "Gunmen killed'), 400),
        (client.post("/api/articles", headers={**_auth(token), "Content-Type": "image/png"},
                     content=b"\x89PNG"), 415),
        (client.post("/api/articles", headers=_auth(token), json={"title": "no body"}), 400),
        (client.post("/api/articles", headers=_auth(token),
                     json={"text": "Gunmen attacked. " * 20_000}), 413),
        (client.delete("/api/incidents"), 405),
    ]
    for response, status in cases:
        assert_error(response, status)


def test_api_rejects_oversized_body_even_without_content_length(api: Api) -> None:
    """API rejects oversized body even without content length."""
    client, token, _store = api

    def chunks():
        for _ in range(64):
            yield b"x" * 8192

    r = client.post("/api/articles", headers={**_auth(token), "Content-Type": "text/plain"},
                    content=chunks())
    error = assert_error(r, 413)
    assert "limit" in error["message"]


def test_api_serves_the_contract_vocabularies_to_the_ui(api: Api) -> None:
    """GET /api/vocabulary and the UI's /js/vocabulary.js both come from eventcoder.vocabulary."""
    from eventcoder import vocabulary

    client, _token, _store = api
    got = client.get("/api/vocabulary").json()
    assert got["EVENT_TYPES"] == list(vocabulary.SUB_EVENT_TYPES)
    assert {t: set(s) for t, s in got["SUB_EVENT_TYPES"].items()} == vocabulary.EVENT_TYPES
    assert set(got["WEAPONS"]) == vocabulary.WEAPONS
    module = client.get("/js/vocabulary.js")
    assert module.status_code == 200 and "javascript" in module.headers["content-type"]
    assert 'export const WEAPONS = ["Firearms"' in module.text
