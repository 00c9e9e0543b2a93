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
# Fixed (tests/test_summaries7_rules.py): a digest header's year read as a record toll ("14 Mar
# 2020 - ...: militants killed 11" told of no incident: COD5, MEX2), its place read as a group
# (CAF2 "Ouham-Pende") and its date run on into the place ("23 Dec 2019 - Borno": NGA8's day);
# terse tolls "3 SNA and 6 al-Shabaab killed", "11 soldiers and an unknown number of insurgents
# killed" (SOM4, AFG7, MMR1, YEM3, NGA7); "Five people ... were killed along with the bomber"
# (PAK6); "Suspected" opening a clause and "Arauca department" as groups (KEN3, COL2); "IS
# executed seven men" parsed as "is executed" (SYR3); "..., the group said in a statement" after
# "a Frontier Corps post" (PAK7's claim); banners "signed by a group calling itself X" (MEX2).
# Still missed: the KB's spelling of names against the expected ones ("Ambazonian" for
# "Anglophone" separatists, "Ahlu Sunna Waljama'a", "National Liberation Army (Colombia)" for
# ELN, "Return, Reclamation, Rehabilitation" for 3R, "Balochistan Liberation Army": CMR1, MOZ2,
# COL2, CAF2, PAK7); no side named the doer of a mutual clash ("clashes between SNA troops and
# al-Shabaab", "fighting between ENDF troops and TPLF forces": SOM4, ETH1, MMR1, YEM3), as the
# other fixtures code such clashes; BFA2 typed a battle for "a school guard" among the dead;
# towns the gazetteer lacks (Dioura, Kiunga in Kenya: MLI3, KEN3; Quissanga, GeoNames' district
# 'Circunscricao da Quissanga', is placed at the district since place21, as is PHL1's "off Pata
# island, Sulu province" at Sulu, no longer at a Pata in Cagayan); admin1 spellings 'South-West',
# 'Hiiraan', 'Dayr az Zawr' for ACLED's 'Sud-Ouest', 'Hiraan', 'Deir-ez-Zor' (same unit).
FLOORS = {
    **FIRST, "detected": 1.0, "type_ok": 0.967, "sub_type_ok": 0.967, "date_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0, "admin1_ok": 0.9,
    "admin1_unit_ok": 1.0, "location_ok": 0.87, "perpetrator_ok": 0.679,
}


@pytest.mark.slow
def test_summaries7_figures_hold() -> None:
    """Summaries in three database styles, round 7: first measurement and now, per field."""
    check_summaries("summaries 7", Path(SUMMARIES7), FIRST, FLOORS)
