"""Summaries 5: a fifth round of short incident summaries in the style of another database (GTD)."""

from __future__ import annotations

from pathlib import Path

import pytest
from generalisation_score import FIXTURE
from test_generalisation_summaries2 import check_summaries

SUMMARIES5 = FIXTURE.parent / "summaries5.jsonl"
FIRST = {
    "detected": 1.0, "type_ok": 0.967, "sub_type_ok": 0.88, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.767, "country_ok": 1.0,
    "admin1_ok": 0.767, "admin1_unit_ok": 1.0, "location_ok": 0.964, "actors": 1.0,
    "perpetrator_ok": 0.893, "attribution_ok": 0.96, "wrong_perpetrators": 0,
}
FLOORS = {**FIRST}


@pytest.mark.slow
def test_summaries5_figures_hold() -> None:
    """GTD-style summaries, round 5: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 5", Path(SUMMARIES5), FIRST, FLOORS)
