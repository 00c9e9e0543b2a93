"""The store commands through `eventcoder.cli.main`: ingest, events, export, actors, demo."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from store_docs import market_document, protest_document

from eventcoder.cli import main
from eventcoder.store import Store
from eventcoder.store import queries as q

pytest_plugins = ["pg_fixture"]


@pytest.fixture
def seeded(store_url: str) -> str:
    """A store (on each back end) holding the market and protest documents; its URL."""
    with Store(store_url) as store:
        store.save_document(market_document())
        store.save_document(protest_document())
    return store_url


def test_events_list_and_show(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`eventcoder events list` filters and pages; `events show` prints one record."""
    assert main(["events", "list", "--db", seeded]) == 0
    out = capsys.readouterr().out
    assert "market-1:e1" in out and "protest-1:e1" in out and "2 of 2" in out
    assert main(["events", "list", "--country", "Kenya", "--json", "--db", seeded]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["event_id"] for x in lines] == ["protest-1:e1"]
    assert main(["events", "show", "market-1:e1", "--with-text", "--db", seeded]) == 0
    record = json.loads(capsys.readouterr().out)
    text = record["article"]["text"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in record["evidence"])
    assert main(["events", "show", "nope:e9", "--db", seeded]) == 1
    assert "No stored event" in capsys.readouterr().err


def test_export_command(seeded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`eventcoder export` writes CSV to stdout and GeoJSON to a file."""
    assert main(["export", "--format", "csv", "--db", seeded]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 2
    out = tmp_path / "g.geojson"
    assert main(["export", "--format", "geojson", "-o", str(out), "--db", seeded]) == 0
    assert len(json.loads(out.read_text())["features"]) == 2
    graph = tmp_path / "g.graphml"
    assert main(["export", "--format", "graphml", "-o", str(graph), "--db", seeded]) == 0
    assert graph.read_text().startswith("<?xml")


def test_actors_commands(seeded: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`eventcoder actors show` finds an actor by alias and shows its attribution."""
    assert main(["actors", "show", "ISWAP", "--json", "--db", seeded]) == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["name"] == "Islamic State West Africa Province"
    assert profile["events"][0]["attribution"] == "claimed"
    assert main(["actors", "show", "boko haram", "--db", seeded]) == 0
    out = capsys.readouterr().out
    assert "JAS" in out and "fights" in out and "suspected" in out
    assert main(["actors", "list", "--db", seeded]) == 0
    assert "Boko Haram" in capsys.readouterr().out
    assert main(["actors", "show", "Nobody Known", "--db", seeded]) == 1


def test_ingest_command_is_idempotent(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`eventcoder ingest` run twice stores nothing new the second time."""
    db = store_url
    feed = tmp_path / "articles.jsonl"
    feed.write_text(
        "\n".join(
            json.dumps({"id": f"c{i}", "text": t, "published": "2024-04-02"})
            for i, t in enumerate([
                "Gunmen killed four villagers in an attack on Kukawa in Borno State on Sunday.",
                "Police fired tear gas at hundreds of protesters in Harare on Monday.",
            ])
        ) + "\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(feed), str(tmp_path / "missing.txt"), "--db", db]) == 0
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert "2 stored" in captured.out
    assert main(["ingest", str(feed), "--db", db]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    with Store(db) as store:
        assert q.stats(store)["articles"] == 2


def test_ingest_nothing_processable_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ingest nothing processable fails."""
    db = f"sqlite:///{tmp_path / 'none.db'}"
    assert main(["ingest", str(tmp_path / "missing.txt"), "--db", db]) == 1
    assert "no such file" in capsys.readouterr().err


def test_demo_is_rerunnable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`eventcoder demo` runs twice; the second run skips what is stored."""
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    first = capsys.readouterr().out
    assert "8 article(s) read" in first
    assert "Open http://127.0.0.1:8000/ after `eventcoder serve`" in first
    assert (tmp_path / "eventcoder.db").exists()
    assert main(["demo"]) == 0
    assert "8 unchanged" in capsys.readouterr().out
    with Store(f"sqlite:///{tmp_path / 'eventcoder.db'}") as store:
        assert q.stats(store)["articles"] == 8


def test_seed_article_end_to_end(
    shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed page ingested through the CLI lists its events with exact evidence."""
    db = f"sqlite:///{tmp_path / 'seed.db'}"
    html = shared_dir / "fixtures/seed/karachi_bus_attack.html"
    assert main(["ingest", str(html), "--db", db, "--no-merge"]) == 0
    capsys.readouterr()
    assert main(["events", "list", "--json", "--db", db]) == 0
    ids = [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()]
    assert ids, "the reference article reports at least one event"
    for event_id in ids:
        assert main(["events", "show", event_id, "--with-text", "--db", db]) == 0
        record = json.loads(capsys.readouterr().out)
        text = record["article"]["text"]
        assert record["article"]["published"] == "2015-06-03"
        for ev in record["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    with Store(db) as store:
        document = q.load_document(store, ids[0].rsplit(":", 1)[0])
    assert document["article"]["publisher"] == "Kashmir Observer"


def test_read_commands_do_not_create_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Read commands do not create a database."""
    missing = tmp_path / "nothing.db"
    assert main(["events", "list", "--db", str(missing)]) == 1
    assert "eventcoder ingest" in capsys.readouterr().err
    assert not missing.exists()
