"""The same API over a real PostgreSQL database (the `--db postgresql://...` deployment)."""

from __future__ import annotations

import csv
import io

import httpx
from api_server import assert_error, serve
from merge_cases import documents

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.merge import run_merge
from eventcoder.store import Store

pytest_plugins = ["pg_fixture"]


def test_api_on_postgresql_lists_filters_corrects_and_exports(pg_url: str) -> None:
    """API on PostgreSQL lists filters corrects and exports."""
    store = Store(pg_url)
    for doc in documents():
        store.save_document(doc)
    run_merge(store)
    token = create_token(store, "pg-tester")
    auth = {"Authorization": f"Bearer {token}"}
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=60) as client:
        body = client.get("/api/incidents", params={"country": "NG", "sort": "-fatalities"}).json()
        assert body["total"] == 4
        market = body["items"][0]
        assert (market["fatalities_low"], market["fatalities_high"]) == (12, 19)
        assert client.get("/api/incidents", params={"q": "gamboru", "end": "2019-06"}).json()["total"] == 1
        assert client.get("/api/incidents", params={"actor": "boko"}).json()["total"] >= 1
        r = client.patch(f"/api/incidents/{market['id']}", headers=auth,
                         json={"field": "fatalities.best", "value": 20, "reason": "morgue"})
        assert r.status_code == 200 and r.json()["fatalities"] == 20
        run_merge(store)
        detail = client.get(f"/api/incidents/{market['id']}").json()
        assert detail["fatalities"] == 20 and detail["audit"][0]["user"] == "pg-tester"
        rows = list(csv.DictReader(io.StringIO(client.get("/api/export?format=csv").text)))
        assert len(rows) == 4
        assert client.get("/api/export?format=parquet").status_code == 200
        assert_error(client.get("/api/incidents/nope"), 404)
    store.close()
