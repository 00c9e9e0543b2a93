"""Regression floors on the TR-News geoparsing corpus (figures measured 2026-11-25: recall 0.917,
precision 0.923, acc@161 on found 0.879). Lowering a floor needs a reason in the changelog."""

from __future__ import annotations

import pytest

from eventcoder.eval.geo import evaluate_geo

FLOORS = {"recall": 0.87, "precision": 0.88, "acc161_found": 0.86}


@pytest.mark.slow
def test_trnews_floors(shared_dir):
    path = shared_dir / "eval/geo/trnews.jsonl"
    if not path.is_file():
        pytest.skip("TR-News corpus not in shared/")
    result = evaluate_geo(path)
    for key, floor in FLOORS.items():
        assert result[key] >= floor, f"{key} fell to {result[key]} (floor {floor})"
