"""Full reports 11 and summaries 11: who did it, on reports and summaries unseen (#14, round 11).

FIRSTPLACEHOLDER
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_generalisation_summaries2 import check_summaries

from tests.test_generalisation_fullreports6 import check_measured

HERE = Path(__file__).parent / "fixtures" / "generalisation"
FULLREPORTS11 = HERE / "fullreports11.jsonl"
SUMMARIES11 = HERE / "summaries11.jsonl"
# First run (main at 9cd9e9d, release 0.23.0 and its review fixes; keys at cfa5cda):
FIRST = {
    "detected": 1.0, "type_ok": 0.789, "sub_type_ok": 0.684, "date_ok": 0.947,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.579, "country_ok": 0.947,
    "admin1_ok": 0.789, "admin1_unit_ok": 0.842, "location_ok": 0.778, "actors": 1.0,
    "perpetrator_ok": 0.762, "attribution_ok": 0.75, "quiet": 0.4, "muc_precision": 0.895,
    "muc_recall": 0.895, "muc_f1": 0.895, "muc_perpetrator_recall": 0.789,
    "muc_attribution_on_found": 0.867, "muc_incident_type": 0.941, "muc_country": 0.941,
    "wrong_perpetrators": 4,
}
SUMMARIES_FIRST = {
    "detected": 1.0, "type_ok": 0.76, "sub_type_ok": 0.76, "date_ok": 1.0, "no_invented_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 0.96, "country_ok": 1.0, "admin1_ok": 0.76,
    "admin1_unit_ok": 0.88, "location_ok": 0.696, "actors": 1.0, "perpetrator_ok": 0.815,
    "attribution_ok": 0.909, "wrong_perpetrators": 0,
}
FLOORS = {**FIRST, "fatalities_ok": 0.632, "attribution_ok": 0.875,
          "muc_attribution_on_found": 0.933}
SUMMARIES_FLOORS = {**SUMMARIES_FIRST}


@pytest.mark.slow
def test_fullreports11_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 11, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS11, "full reports 11", FIRST, FLOORS)


@pytest.mark.slow
def test_summaries11_figures_hold() -> None:
    """GTD-style summaries, round 11: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 11", SUMMARIES11, SUMMARIES_FIRST, SUMMARIES_FLOORS)
