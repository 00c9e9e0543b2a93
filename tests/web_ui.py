"""Helpers for the browser tests: the reports they seed, chromium, screenshots, page steps."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A second report of the reference attack (another toll), and short reports of other incidents,
# so reports sit side by side and the map, timeline and filters have something to separate.
OTHER_REPORTS = [
    {
        "id": "web-karachi-wire",
        "published": "2015-05-13",
        "title": "Gunmen kill 43 on Karachi bus",
        "text": "KARACHI, Pakistan - Gunmen on motorcycles stormed a bus carrying members of the "
        "Ismaili Shia community in Karachi on Wednesday, killing 43 people and wounding 13, "
        "police said. In a statement posted online, the Islamic State group claimed the "
        "shooting.",
    },
    {
        "id": "web-lagos-protest",
        "published": "2015-05-23",
        "title": "Thousands march in Lagos over fuel prices",
        "text": "LAGOS, Nigeria - Thousands of demonstrators marched peacefully through central "
        "Lagos on Saturday to protest against rising fuel prices, police said. Organisers from "
        "the Nigeria Labour Congress said the protest would continue until the government "
        "reversed the price increase.",
    },
    {
        "id": "web-maiduguri-bomb",
        "published": "2015-05-21",
        "title": "Roadside bomb kills three soldiers near Maiduguri",
        "text": "MAIDUGURI, Nigeria - A roadside bomb killed three soldiers and wounded four others "
        "near Maiduguri in Borno state on Wednesday, an army spokesman said. No group claimed "
        "the attack, but the army blamed Boko Haram insurgents.",
    },
]


def chromium_path() -> str:
    """The system chromium, or skip (it is installed by `make browser`)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if not found:
        pytest.skip("chromium is not installed (apt-get install chromium): browser tests skipped")
    return found


def shot(pg: Any, name: str, *, scroll_to: str | None = None, full_page: bool = False) -> None:
    """Save a screenshot into $EVENTCODER_SCREENSHOTS when it is set."""
    folder = os.environ.get("EVENTCODER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pg.evaluate("document.getElementById('toasts').replaceChildren()")
        if scroll_to:
            pg.locator(scroll_to).scroll_into_view_if_needed()
        pg.wait_for_timeout(300)  # let Leaflet finish its zoom animation
        pg.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full_page)


def seed_incident(site: dict[str, Any]) -> dict[str, Any]:
    """The incident of the Karachi bus attack that the reference article gave."""
    client: httpx.Client = site["client"]
    for incident_id in site["seed"]["incidents"]:
        detail = client.get(f"/api/incidents/{incident_id}").json()
        if detail["location"] == "Karachi" and not detail["historical"]:
            return detail
    raise AssertionError(f"no current Karachi incident among {site['seed']['incidents']}")


def seed_report(detail: dict[str, Any]) -> dict[str, Any]:
    """The reference article's own report of the attack (not its follow-up)."""
    return next(r for r in detail["reports"]
                if r["article"]["id"] == "karachi-seed" and r.get("role") != "followup")


def login(pg: Any, token: str) -> None:
    """Sign in through the UI's token form and wait until the user is shown."""
    pg.fill("#token-input", token)
    pg.click("#login-form button[type=submit]")
    pg.wait_for_selector("#auth-user")
