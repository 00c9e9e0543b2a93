"""Hold-out 20: ACLED-style notes from Asia, the Middle East, Latin America and Europe, 2010-2019.

40 notes (tests/fixtures/generalisation/holdout20.jsonl) written for this round, dated 2010-2019
(every earlier hold-out note is dated 2020-2025), about Pakistan (TTP, Balochistan, Zarb-e-Azb,
the 2014 dharna, the TLP), Afghanistan (Kunduz 2015, Achin, Ghazni), India (Maoists, Kashmir
2016, the CAA protests), Nepal, Bangladesh, Sri Lanka, Myanmar, Thailand's Deep South, the
Philippines (Marawi, the drug war, Abu Sayyaf), Indonesia (Wamena), Cambodia, Syria, Iraq,
Yemen, Lebanon, Iran, Turkey, Egypt, Libya, Nicaragua, Chile, Bolivia and Mexico, mirroring
ACLED's mix: 14 protests and riots, 9 explosions (air strikes, shelling, suicide bombs, IEDs), 8
battles (one territory taken), 5 attacks and abductions and 4 strategic developments (agreement,
territory transfer, arrests, property destruction). Their expected values were written and
committed before the pipeline first ran on them. One name corrected in hold-out 24's round:
MMR2's Kyaukme is in ACLED's 'Shan-North' (ACLED codes Shan State by MIMU's three parts, as the
other fixtures' Shan notes already wrote it), not 'Shan'.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT20 = FIXTURE.parent / "holdout20.jsonl"
# The first measurement (main at 0.18.0, before any rule written for this round):
HOLDOUT20_FIRST = {
    "detected": 0.95, "type_ok": 0.85, "sub_type_ok": 0.8, "date_ok": 0.95,
    "no_invented_ok": 1.0, "precision_ok": 0.95, "fatalities_ok": 0.95, "country_ok": 0.95,
    "admin1_ok": 0.8, "admin1_unit_ok": 0.925, "location_ok": 0.825, "actors": 0.776,
    "perpetrator_ok": 0.692, "attribution_ok": 0.889,
}
# Floors: after the rules in tests/test_holdout20_rules.py. TUR1's "On 16 July 2016, a day after
# the failed coup attempt, police ... detained" was no event ("a day" read as a rate, as in "five
# a day"); PHL4's "seized three Indonesian crewmen" was none (a crew were no people); IND1's
# Maoist ambush on "a CRPF road-opening party" was an attack on civilians (a political party);
# IND2's "crowds ... pelted police posts with stones" was mob violence; SYR1's "warplanes
# believed to be Russian" were Syria's; PAK5's TLP was unknown to the KB. Still missed: PHL2
# ("gunmen riding in tandem" breaks the parse: a clash with no victim); BOL1 (soldiers firing on
# a blockade read as an attack); EGY1 (a bomb then gunfire: the bomb types it); AFG1 (territory
# taken reads as a clash); IND2 and MEX1 (the deaths go to a second event); NPL1 (the fixture's
# 2015 'Province No. 2' is GeoNames' Madhesh); places the gazetteer lacks or misplaces (Al Bagouz
# Fawqani, Dahyan, Wamena (of Highland Papua since 2022, so the bracket '(Papua)' drops it), a
# Namkham village read as the Shan town; Ras al Ain is placed since place21); labels the KB
# writes otherwise or lacks (NTJ, 'Islamic State (Bangladesh)', the 2017 Sinai branch, which the
# KB names 'State of Sinai' before 2019, the Carabineros); YEM2's 2017 Houthis are the KB's
# 'Supreme Political Council', as ACLED writes them after 2016 (the fixture wrote the movement's
# name); YEM1's coalition is 'Operation Restoring Hope', as the KB and ACLED's Yemen notes write
# it.
# Since type21 (tests/test_typing21_rules.py): BOL1 (soldiers firing on a blockade, eight killed) is excessive force.
HOLDOUT20_FLOORS = {
    "detected": 1.0, "type_ok": 0.95, "sub_type_ok": 0.925, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.95, "country_ok": 1.0,
    "admin1_ok": 0.85, "admin1_unit_ok": 0.975, "location_ok": 0.9, "actors": 0.868,
    "perpetrator_ok": 0.846, "attribution_ok": 0.909,
}


@pytest.mark.slow
def test_holdout20_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT20)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 20, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT20_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT20_FLOORS[k]}
    assert not low, f"below the floor: {low}"
