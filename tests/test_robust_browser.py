"""In chromium: under the security headers the UI still loads with no script error or CSP
violation, and with --read-token-required a logged-in analyst's export link downloads the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_server import serve
from merge_cases import documents
from web_ui import CHROMIUM_ARGS, chromium_path, login

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.merge import run_merge
from eventcoder.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def locked_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The merged fixture reports behind a server that needs a token for reads too."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('ui') / 'ui.db'}")
    for doc in documents():
        store.save_document(doc)
    run_merge(store)
    token = create_token(store, "analyst")
    with serve(create_app(store, read_token_required=True)) as base:
        yield {"base": base, "token": token}
    store.close()


def test_logged_in_export_downloads_when_reads_need_a_token(
    locked_site: dict[str, Any], tmp_path: Path
) -> None:
    """The CSV link sends the token (a bare link would get 401) and the page breaks no CSP rule."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("console", lambda msg: problems.append(msg.text)
                if "Content Security Policy" in msg.text else None)
        page.set_default_timeout(30_000)
        page.goto(locked_site["base"] + "/")
        login(page, locked_site["token"])
        page.wait_for_selector("#view[data-loaded=true]")
        page.wait_for_selector("#table tbody tr")
        with page.expect_download() as info:
            page.get_by_role("link", name="CSV").click()
        path = tmp_path / "incidents.csv"
        info.value.save_as(path)
        browser.close()
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("incident_id,") and len(path.read_text().splitlines()) == 5
    assert not problems, problems
    assert httpx.get(locked_site["base"] + "/api/export?format=csv").status_code == 401
