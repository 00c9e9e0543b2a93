"""Summaries 6: a sixth round of short incident summaries in the style of another database (GTD),
written for issue #14 on regions and decades rounds 1-5 cover least.

tests/fixtures/generalisation/summaries6.jsonl holds 30 entries written for it (El Salvador,
Guatemala, Nicaragua, South Africa, Namibia, Lebanon, Algeria, Chechnya, Kashmir, Sri Lanka,
Nepal, Thailand, the Philippines, Tanzania, Uganda, Kenya, Nigeria, Iraq, Syria, Afghanistan,
Pakistan, Yemen, Niger, Mali, France, Norway, Canada; 1981-2017), dated "MM/DD/YYYY:" or undated
("On Friday, ..."; published the day after): "sources attributed the killing to X", "authorities
suspected X", a suspected group that denied, a group that "did not claim the attack", "This was
one of N related attacks" with a claim of "the coordinated attacks", hostages freed or released
months later, a leader's video claim, a previously unknown group, two groups claiming jointly,
and targets from priests and journalists to a power substation. The expected values were written
and committed before the pipeline first ran on them (commit 3e6a7bd).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from generalisation_score import FIXTURE
from test_generalisation_summaries2 import check_summaries

SUMMARIES6 = FIXTURE.parent / "summaries6.jsonl"
FIRST = {
    "detected": 1.0, "type_ok": 1.0, "sub_type_ok": 0.962, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.9, "country_ok": 1.0,
    "admin1_ok": 0.833, "admin1_unit_ok": 0.933, "location_ok": 0.962, "actors": 1.0,
    "perpetrator_ok": 0.767, "attribution_ok": 1.0, "wrong_perpetrators": 1,
}
# Fixed (tests/test_summaries6_rules.py): "the Islamic State, which did not claim the attack"
# (CAN1, no claimant); "A previously unknown group, Fedayeen-e-Islam, claimed" (PAK4);
# "The Islamic State of Iraq (ISI) claimed responsibility for the coordinated attacks" after
# "This was one of 27 related attacks" (IRQ6: ISI is no longer Pakistan's intelligence, and the
# claim joins the told incident instead of making a second one); "suspected fighters loyal to the
# Islamic State" (AFG3); tolls "both gunmen" (MLI2), "Eleven civilians, a police officer and all
# nine attackers" (AFG4), an attacker "shot dead by security staff" (CAN1); places "on the
# Kabul-Kandahar highway in Shah Joy district" (AFG3), "Srinagar, Jammu and Kashmir" (IND6),
# 'Nineveh' as ACLED's 'Ninewa' (IRQ5).
# Still missed: names the actor KB spells otherwise than the key and the scorer's matching
# ("South-West Africa People's Organization", "Communist Party of Nepal (Maoist)", "Runda
# Kumpalan Kecil", the FLNC by its Corsican name: NAM1, NPL2, THA3, FRA4); YEM2's sub-type (16
# shot dead, then "a priest was abducted": coded an abduction); admin1 spellings RUS5 ('Chechnya'
# against GeoNames' 'Chechenskaya Respublika'), PHL7 (Zamboanga City), FRA4 ('Corse').
FLOORS = {
    **FIRST, "fatalities_ok": 1.0, "admin1_ok": 0.9, "admin1_unit_ok": 1.0, "location_ok": 1.0,
    "perpetrator_ok": 0.867, "wrong_perpetrators": 0,
}


@pytest.mark.slow
def test_summaries6_figures_hold() -> None:
    """GTD-style summaries, round 6: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 6", Path(SUMMARIES6), FIRST, FLOORS)
