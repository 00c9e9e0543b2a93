"""Hold-out 13: ACLED-style notes from South, Southeast, East and Central Asia, 2021-2025.

40 notes (tests/fixtures/generalisation/holdout13.jsonl) written for this round about India,
Pakistan, Bangladesh, Nepal, Sri Lanka, Afghanistan, Myanmar, the Philippines, Thailand,
Indonesia, Cambodia, Malaysia, Vietnam, China, South Korea, Taiwan, Kazakhstan and Kyrgyzstan,
with national outlets as the source (Dawn, The Hindu, Prothom Alo, Irrawaddy, Yonhap, Kloop...).
They follow ACLED's mix: 14 protests and riots, 7 strategic developments, 19 battles,
explosions and attacks on civilians, over 20 sub-event types. Their expected values were written
and committed before the pipeline first ran on them; the rules their failures led to are tested
on sentences for several countries in tests/test_holdout13_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT13 = FIXTURE.parent / "holdout13.jsonl"
# The first measurement (release 0.15.0, before any rule written for this round):
HOLDOUT13_FIRST = {
    "detected": 0.95, "type_ok": 0.95, "sub_type_ok": 0.95, "date_ok": 0.925,
    "no_invented_ok": 1.0, "precision_ok": 0.95, "fatalities_ok": 0.975, "country_ok": 0.95,
    "admin1_ok": 0.75, "admin1_unit_ok": 0.9, "location_ok": 0.825, "actors": 0.868,
    "perpetrator_ok": 0.867, "attribution_ok": 0.923,
}
# Floors: after the rules in tests/test_holdout13_rules.py. PHL2's "a 20-minute firefight" no
# longer dates the clash to the 20th; IND2's "beat a 35-year-old man to death" kills one (the
# death word lay beyond a fixed window); KHM1, a note of 1 January about 31 December, is news,
# not last year's background, and its "striking casino workers" removed by police a protest with
# intervention; CHN1 'Henan Sheng', PAK2 'Islamabad', BGD3 'Chattogram', AFG3 'Panjshayr',
# VNM1 'Đak Lak' and TWN1 'Taiwan' are written as ACLED writes them; AFG3's Taliban (after
# 15 August 2021) are Military Forces of Afghanistan and its NRF, BGD3's Kuki-Chin National
# Front, IND5's District Reserve Guard and THA1's rangers are known actors; IND3's accord
# signed "with the Government of Assam in New Delhi" is placed in Delhi. Still missed: AFG1 (a
# Taliban ministry's order suspending women's university education: no trigger reads a ban as a
# change to group/activity), PAK4 (the knowledge base names the Frontier Corps "Military Forces
# of Pakistan Frontier Corps", the fixture the plain military), THA1's "Authorities blamed
# separatist insurgents" (the pipeline says accused, the fixture suspected), and places the
# gazetteer lacks (MMR2 Kani, MMR3 Pauk, MMR6 Myaung townships; VNM1's Ea Tieu, not in the
# text). IDN2's admin1 was written 'Papua Tengah' as in hold-out 11; the curated name, as
# ACLED writes it, is 'Central Papua' (counted as the same unit). THA1's "separatist insurgents"
# were first written as an unidentified armed group; ACLED codes the Deep South's unnamed
# separatists as "Malay Muslim Separatists (Thailand)", as hold-out 17's THA1 expects, so since
# acts20 the line expects that label too (the figures are unchanged).
HOLDOUT13_FLOORS = {
    **HOLDOUT13_FIRST, "detected": 0.975, "type_ok": 0.975, "sub_type_ok": 0.975,
    "date_ok": 0.975, "precision_ok": 0.975, "fatalities_ok": 1.0, "country_ok": 0.975,
    "admin1_ok": 0.95, "admin1_unit_ok": 0.975, "location_ok": 0.875, "actors": 0.971,
    "perpetrator_ok": 1.0, "attribution_ok": 0.933,
}


@pytest.mark.slow
def test_holdout13_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT13)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 13, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT13_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT13_FLOORS[k]}
    assert not low, f"below the floor: {low}"
