"""The smaller defects: security headers, CSV formula cells, serve's argument errors, the ingest
progress total, WAL files in .gitignore, and exports when reads need a token."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_server import assert_error, serve
from merge_cases import documents

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.export.rows import safe_cell
from eventcoder.merge import run_merge
from eventcoder.pipeline import Pipeline
from eventcoder.store import Store
from eventcoder.store.ingest import ingest_paths

REPO = Path(__file__).resolve().parents[1]
Api = tuple[httpx.Client, dict[str, str], Store]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """The merged fixture reports behind a server that needs a token for reading too."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('small') / 's.db'}")
    for doc in documents():
        store.save_document(doc)
    run_merge(store)
    auth = {"Authorization": f"Bearer {create_token(store, 'reader')}"}
    app = create_app(store, read_token_required=True)
    with serve(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        yield client, auth, store
    store.close()


def test_every_answer_carries_the_security_headers(api: Api) -> None:
    """The UI, the API, errors and the docs all send CSP, nosniff, frame and referrer policies."""
    client, auth, _store = api
    for path, headers in (("/", {}), ("/api/incidents", auth), ("/api/nope", auth),
                          ("/api/incidents", {}), ("/docs", {})):
        r = client.get(path, headers=headers)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"
    ui = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in ui  # no inline scripts in the UI itself


def test_exports_need_the_token_in_a_header_and_the_ui_sends_it(api: Api) -> None:
    """With --read-token-required a bare link answers 401; the UI downloads with the header."""
    client, auth, _store = api
    assert_error(client.get("/api/export", params={"format": "csv"}), 401)
    assert client.get("/api/export", params={"format": "csv"}, headers=auth).status_code == 200
    explore = (REPO / "src/eventcoder/web/static/js/explore.js").read_text(encoding="utf-8")
    api_js = (REPO / "src/eventcoder/web/static/js/api.js").read_text(encoding="utf-8")
    assert "download(\"/export\"" in explore
    assert "export async function download" in api_js and "Authorization" in api_js


def test_csv_exports_neutralise_formula_cells(api: Api) -> None:
    """A place named "=HYPERLINK(...)" comes out as text a spreadsheet will not run."""
    client, auth, _store = api
    items = client.get("/api/incidents", headers=auth).json()["items"]
    inc = items[0]["id"]
    formula = '=HYPERLINK("http://evil.example","click")'
    r = client.patch(f"/api/incidents/{inc}", headers=auth,
                     json={"field": "location.name", "value": formula, "reason": "test"})
    assert r.status_code == 200, r.text
    rows = list(csv.DictReader(io.StringIO(
        client.get("/api/export", params={"format": "csv"}, headers=auth).text)))
    cells = [row["location"] for row in rows if row["incident_id"] == inc]
    assert cells == ["'" + formula]
    assert all(not v.startswith(("=", "+", "@")) for row in rows for v in row.values())
    numbers = [row["longitude"] for row in rows if row["longitude"]]
    assert numbers and all(not n.startswith("'") for n in numbers)  # numbers stay numbers
    for raw in ("+1", "-x", "@SUM(A1)", "\tcmd", "\rcmd"):
        assert safe_cell(raw) == "'" + raw
    assert safe_cell(-3.5) == -3.5 and safe_cell("Kano") == "Kano"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("EVENTCODER_DB", None)
    return subprocess.run([sys.executable, "-m", "eventcoder", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_serve_refuses_a_bad_port_and_a_missing_database_file(tmp_path: Path) -> None:
    """`serve --port 99999` and `serve --db typo.db` end with one clear line, no traceback, and
    the typo does not become a new empty database."""
    out = _cli("serve", "--port", "99999", cwd=tmp_path)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "--port 99999 is not a TCP port" in out.stderr
    out = _cli("serve", "--db", "typo.db", "--port", "8765", cwd=tmp_path)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "No database at typo.db" in out.stderr and "--create" in out.stderr
    assert not (tmp_path / "typo.db").exists()


def test_ingest_reports_its_total_for_the_progress_bar(tmp_path: Path) -> None:
    """The bar knows how many articles there are before the first one is processed."""
    lines = [f'{{"id": "p{k}", "text": "Gunmen killed {k + 1} people in Kano on Monday."}}'
             for k in range(5)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    totals: list[int] = []
    ticks: list[int] = []
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    ingest_paths(store, [tmp_path / "in.jsonl"], on_total=totals.append,
                 tick=lambda: ticks.append(len(totals)), pipeline=Pipeline(stages=("events",)))
    store.close()
    assert totals == [5] and ticks == [1] * 5


def test_gitignore_covers_sqlite_wal_files() -> None:
    """SQLite's -wal and -shm files next to a database are not committed by accident."""
    lines = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.db-wal" in lines and "*.db-shm" in lines
