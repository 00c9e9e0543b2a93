"""Faults under load, small: 200 generated articles through the API by 8 clients into PostgreSQL
while PostgreSQL restarts twice and the API is killed once (see tests/load_faults.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from load_faults import run

pytestmark = pytest.mark.slow


def test_every_article_is_stored_once_and_merged_despite_restarts_and_a_kill(tmp_path: Path) -> None:
    """0 lost, 0 duplicated, 0 unmerged; the figures are printed."""
    from pg_fixture import find_pg_bin

    if find_pg_bin() is None:
        pytest.skip("PostgreSQL server binaries not found")
    figures = run(200, clients=8, workdir=tmp_path)
    assert len(figures["faults"]) == 3
    assert figures["articles"] == 200
    assert (figures["lost"], figures["duplicated"], figures["unmerged"]) == (0, 0, 0)
    assert figures["events"] >= 200 and figures["incidents"] >= 1
