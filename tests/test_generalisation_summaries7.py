"""Summaries 7: short incident summaries 2012-2021 in three database styles, for issue #14.

tests/fixtures/generalisation/summaries7.jsonl holds 30 entries written for it: GTD-style lines
("MM/DD/YYYY: Assailants ..."), UCDP-GED-style event descriptions opening with their dyad
("Government of Mali - JNIM. ...", "IS - civilians. ...") and terse tolls ("5 FAMa soldiers and
9 JNIM fighters were killed"), and a security tracker's digest lines ("14 Mar 2020 - Beni
territory, North Kivu, DR Congo: Suspected ADF militants killed ..."). Sahel, Lake Chad, Cabo
Delgado, eastern DRC, CAR, Cameroon, Ethiopia, Somalia, Kenya, Libya, Sinai, Syria, Yemen,
Afghanistan, Pakistan, India, Thailand, Myanmar, the Philippines, Colombia, Mexico, France, the
United States. The expected values were written and committed before the pipeline first ran on
them (commit 9dc4c69). Four expectations were then corrected as mistakes of the writer, not of
the system: Arbinda's longitude (-1.86 for -0.87), and "Authorities / security officials / LNA
officials blamed X" coded `suspected` where this project's fixtures code a party's blame as
`accused` (PHL1, THA2, LBY1). On the committed file the first run measured attribution 0.812 and
location 0.783; FIRST below is the first run on the corrected file (same code, release 0.18.0).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from generalisation_score import FIXTURE
from test_generalisation_summaries2 import check_summaries

SUMMARIES7 = FIXTURE.parent / "summaries7.jsonl"
FIRST = {
    "detected": 0.933, "type_ok": 0.9, "sub_type_ok": 0.9, "date_ok": 0.9, "no_invented_ok": 1.0,
    "precision_ok": 0.9, "fatalities_ok": 0.733, "country_ok": 0.933, "admin1_ok": 0.8,
    "admin1_unit_ok": 0.9, "location_ok": 0.826, "actors": 1.0, "perpetrator_ok": 0.571,
    "attribution_ok": 1.0, "wrong_perpetrators": 0,
}
FLOORS = {**FIRST}


@pytest.mark.slow
def test_summaries7_figures_hold() -> None:
    """Summaries in three database styles, round 7: first measurement and now, per field."""
    check_summaries("summaries 7", Path(SUMMARIES7), FIRST, FLOORS)
