"""Corrections are checked against the contract: a bad PATCH is a 400 that changes nothing, and
an override stored before the check existed never takes a list, a filter, a sort or an export down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import assert_error, serve
from merge_cases import documents
from sqlalchemy import func, select

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.merge import run_merge
from eventcoder.merge.edits import EditError, validate_edit
from eventcoder.store import Store
from eventcoder.store.models import AuditLogRow, IncidentRow

Api = tuple[httpx.Client, dict[str, str], Store]


def _server(tmp_path: Path) -> Iterator[Api]:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    for doc in documents():
        store.save_document(doc)
    run_merge(store)
    auth = {"Authorization": f"Bearer {create_token(store, 'analyst')}"}
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client, auth, store
    store.close()


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A server over the merged fixture reports, with a writer token (shared: refusals only)."""
    yield from _server(tmp_path_factory.mktemp("corrections"))


@pytest.fixture()
def fresh_api(tmp_path: Path) -> Iterator[Api]:
    """The same, for one test that changes the store."""
    yield from _server(tmp_path)


def _market_id(client: httpx.Client) -> str:
    return client.get("/api/incidents", params={"min_fatalities": 10}).json()["items"][0]["id"]


def _state(store: Store, incident_id: str) -> tuple[dict, dict, int]:
    with store.session() as s:
        row = s.get(IncidentRow, incident_id)
        audits = s.scalar(select(func.count(AuditLogRow.id)))
        return dict(row.overrides_json or {}), dict(row.canonical_json), audits


def _reads_answer(client: httpx.Client, incident_id: str) -> None:
    """Every read the issue saw fail: the list, sorts, date filters, the incident, exports."""
    assert client.get("/api/incidents", params={"limit": 1000}).json()["total"] == 4
    for sort in ("location", "-location", "date", "fatalities", "event_type"):
        assert client.get("/api/incidents", params={"sort": sort}).status_code == 200
    assert client.get("/api/incidents", params={"start": "2019-06-01", "end": "2019-06-30"}).status_code == 200
    assert client.get(f"/api/incidents/{incident_id}").status_code == 200
    assert client.get("/api/timeline").status_code == 200
    for fmt in ("csv", "geojson", "jsonl", "parquet"):
        assert client.get("/api/export", params={"format": fmt}).status_code == 200, fmt
    features = client.get("/api/export", params={"format": "geojson"}).json()["features"]
    assert len(features) == 4


@pytest.mark.parametrize(
    "field,value",
    [
        ("actors", "x"),  # the example: stored and every read answered 500
        ("targets", "x"),
        ("attributions", "x"),
        ("weapons", ["Laser"]),  # not a GTD weapon
        ("targets", [{"text": "a market", "category": "Shops"}]),
        ("actors", [{"name": "ISWAP", "role": "boss"}]),
        ("date.best", "2019-06-18"),  # unknown sub-field
        ("location.foo", 1),
        ("date.start", "2019-07-01"),  # after date.end (2019-06-18)
        ("date.start", "18/06/2019"),
        ("fatalities.best", 20_000_000),  # above the plausible bound
        ("fatalities.best", True),
        ("location.lat", 123.0),
        ("location", {"name": "Kano", "foo": 1}),
        ("sub_event_type", "Skirmish"),
        ("confidence", 3),
        ("nonsense", 1),
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(api: Api, field: str, value: object) -> None:
    """A correction that breaks the contract is a 400 in the error shape; nothing is stored."""
    client, auth, store = api
    inc = _market_id(client)
    before = _state(store, inc)
    r = client.patch(f"/api/incidents/{inc}", headers=auth,
                     json={"field": field, "value": value, "reason": "test"})
    assert_error(r, 400)
    assert _state(store, inc) == before
    _reads_answer(client, inc)


def test_good_corrections_still_work(fresh_api: Api) -> None:
    """Valid edits of lists, objects and dates are stored and shown."""
    client, auth, _store = fresh_api
    inc = _market_id(client)
    edits = [
        ("actors", [{"name": "ISWAP", "role": "perpetrator", "attribution": "claimed"}]),
        ("weapons", ["Explosives"]),
        ("date.end", "2019-06-19"),
        ("date.start", "2019-06-19"),
        ("location.name", "Maiduguri market"),
        ("fatalities.best", 21),
    ]
    for field, value in edits:
        r = client.patch(f"/api/incidents/{inc}", headers=auth,
                         json={"field": field, "value": value, "reason": "checked"})
        assert r.status_code == 200, r.text
    detail = client.get(f"/api/incidents/{inc}").json()
    assert detail["actors"] and detail["canonical"]["actors"][0]["name"] == "ISWAP"
    assert detail["date"] == "2019-06-19" and detail["fatalities"] == 21


def test_a_bad_override_stored_earlier_is_skipped_on_read_and_by_a_full_merge(
    fresh_api: Api,
) -> None:
    """An override stored by an older version (actors = "x") no longer breaks any read, and
    `merge --full` does not apply it again."""
    client, _auth, store = fresh_api
    inc = _market_id(client)
    with store.session() as s:  # what the unchecked PATCH used to store
        row = s.get(IncidentRow, inc)
        row.overrides_json = {"actors": "x", "targets": "x", "fatalities.best": 18}
        row.canonical_json = {**row.canonical_json, "actors": "x", "targets": "x"}
    _reads_answer(client, inc)
    item = next(i for i in client.get("/api/incidents").json()["items"] if i["id"] == inc)
    assert item["actors"] == []
    run_merge(store)  # merge --full
    with store.session() as s:
        canonical = s.get(IncidentRow, inc).canonical_json
    assert isinstance(canonical["actors"], list) and canonical["actors"]
    assert isinstance(canonical["targets"], list)
    assert canonical["fatalities"]["best"] == 18  # the valid override is still applied
    _reads_answer(client, inc)


def test_validate_edit_names_the_problem() -> None:
    """The messages say which field and why."""
    record = {"date": {"start": "2019-06-18", "end": "2019-06-18", "precision": "day"}}
    with pytest.raises(EditError, match="after date.end"):
        validate_edit(record, "date.start", "2019-06-20")
    with pytest.raises(EditError, match="Unknown field 'date.best'"):
        validate_edit(record, "date.best", 1)
    validate_edit(record, "date", {"start": "2019-06-20", "end": "2019-06-21", "precision": "day"})
