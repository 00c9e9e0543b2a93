"""Exports parse back: CSV with ACLED column names, valid GeoJSON, GraphML readable by networkx."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from store_docs import market_document, protest_document

from eventcoder.export import STORE_CSV_COLUMNS, export_store
from eventcoder.store import Store

pytest_plugins = ["pg_fixture"]

ACLED_COLUMNS = {
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
}


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A store (on each back end) holding the market and protest documents."""
    with Store(store_url) as s:
        s.save_document(market_document())
        s.save_document(protest_document())
        yield s


def test_csv_has_acled_columns_and_values(store: Store) -> None:
    """CSV has ACLED columns and values."""
    out = io.StringIO()
    assert export_store(store, "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert ACLED_COLUMNS | {"event_id", "article_id", "url"} <= set(rows[0])
    assert list(rows[0]) == list(STORE_CSV_COLUMNS)
    market = next(r for r in rows if r["article_id"] == "market-1")
    assert market["event_id"] == "market-1:e1"
    assert market["event_date"] == "2024-05-07"
    assert market["actor1"].startswith("Boko Haram")
    assert market["fatalities"] == "14"
    assert float(market["latitude"]) == pytest.approx(11.083)
    assert market["url"] == "https://example.org/market-1"
    protest = next(r for r in rows if r["article_id"] == "protest-1")
    assert protest["fatalities"] == ""  # unknown is empty, not a guessed 0
    assert "no deaths reported" in protest["notes"]


def test_csv_filters(store: Store) -> None:
    """Export filters (country) limit the CSV rows."""
    out = io.StringIO()
    assert export_store(store, "csv", out, country="KE") == 1


def test_jsonl_is_full_records(store: Store) -> None:
    """JSONL is full records."""
    out = io.StringIO()
    export_store(store, "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 2
    market = next(r for r in records if r["article_id"] == "market-1")
    assert market == {**market_document().events[0].to_dict(), **{k: market[k] for k in (
        "event_id", "article_id", "incident_id", "article")}}
    assert {e["field"] for e in market["evidence"]} == {"event", "fatalities", "date", "location"}


def test_geojson_points(store: Store) -> None:
    """GeoJSON export gives one point feature per located event."""
    out = io.StringIO()
    assert export_store(store, "geojson", out) == 2
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection"
    nairobi = next(f for f in data["features"] if f["properties"]["location"] == "Nairobi")
    assert nairobi["geometry"] == {"type": "Point", "coordinates": [36.817, -1.283]}
    assert nairobi["properties"]["event_type"] == "Protests"


def test_graphml_and_json_graph(store: Store, tmp_path: Path) -> None:
    """The actor graph exports as GraphML and as node-link JSON."""
    path = tmp_path / "actors.graphml"
    with path.open("wb") as out:
        assert export_store(store, "graphml", out) == 1
    graph = nx.read_graphml(path, force_multigraph=True)
    labels = {d["label"]: n for n, d in graph.nodes(data=True)}
    assert {"Boko Haram", "Military Forces of Nigeria"} <= set(labels)
    edge = graph.get_edge_data(labels["Boko Haram"], labels["Military Forces of Nigeria"])
    assert next(iter(edge.values()))["relation"] == "fights"
    out = io.StringIO()
    export_store(store, "json", out)
    data = json.loads(out.getvalue())
    assert {"source": "Boko Haram", "target": "Military Forces of Nigeria"}.items() <= data["edges"][0].items()
    assert data["edges"][0]["articles"] == ["market-1"]
    iswap = next(n for n in data["nodes"] if n["name"] == "Islamic State West Africa Province")
    assert "ISWAP" in iswap["aliases"]
