"""Summaries 5: a fifth round of short incident summaries in the style of another database (GTD),
written for issue #14 on places and groups rounds 1-4 cover least.

tests/fixtures/generalisation/summaries5.jsonl holds 30 entries written for it (Portugal, France,
Belgium, West Germany, Spain, Italy, Egypt, Morocco, Tunisia, Uganda, Senegal, Angola, South
Africa, Iran, Turkey, Yemen, Afghanistan, India, Indonesia, Malaysia, Australia, New Zealand, the
United States, Ecuador, Russia, Nigeria, Mali, China, Kenya; 1975-2019): perpetrators in full
("the Popular Forces of April 25 (FP-25)"), as an acronym alone ("ULFA later admitted
responsibility"), unknown ("No group claimed responsibility", a lone gunman), a leader's video
claim, two groups claiming jointly, a claim after a government's other blame, backers accused
(the United States and Britain), a suspected group denying, members "later convicted". The
expected values were written and committed before the pipeline first ran on them (commit
c075a32).
"""

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
# Still missed: ESP1 (only "(GRAPO)" is found: the KB writes "First of October Antifascist
# Resistance Group", the text "Anti-Fascist ... Groups", and the bracketed acronym is read apart
# from the name it stands for), YEM1 and MLI1 ("al-Qaida" against the KB's "al-Qaeda": found, but
# the scorer's name match misses), IDN1 (members "later convicted of carrying out the attack":
# the project codes a conviction `accused`, the key `stated`); tolls: the attacker "shot dead by
# police" (TUN1), "33 civilians and 12 of the bombers" (MAR1), a named victim "shot and killed"
# (DEU1), a hostage
# "killed a month later" counted in the kidnapping (ECU1); admin1 misses are the geoparser's.
# sub_type 0.880 -> 0.920: "The blast killed 18 people" now joins the suicide bombing told in the
# sentence before (IND1; tests/test_fullreports5_rules.py, the next sentence's definite deed).
# Summaries 6 (tests/test_summaries6_rules.py): "both attackers" are two (MLI1), and "the team's
# assistant coach, its press officer and the bus driver" a list of three (AGO1): fatalities
# 0.767 -> 0.833.
FLOORS = {**FIRST, "sub_type_ok": 0.92, "fatalities_ok": 0.833}


@pytest.mark.slow
def test_summaries5_figures_hold() -> None:
    """GTD-style summaries, round 5: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 5", Path(SUMMARIES5), FIRST, FLOORS)
