"""Hold-out 16: ACLED-style notes from the Middle East, Ukraine/Russia and the Caucasus, 2021-2025.

40 notes (tests/fixtures/generalisation/holdout16.jsonl) written for this round about Syria (before
and after December 2024), Iraq, Yemen, Israel and Palestine (the Gaza war, West Bank settler
attacks and demolitions), Lebanon, Iran, Jordan, Saudi Arabia, Turkey, Ukraine, Russia, Belarus,
Armenia, Azerbaijan and Georgia, mirroring ACLED's mix there: 12 explosions/remote violence (air
and drone strikes, shelling and missiles, a car bomb, a landmine), 7 battles (armed clashes,
territory regained and overtaken), 5 attacks and abductions, 11 protests and riots (all five
sub-types) and 5 strategic developments (disrupted weapons use, agreement, arrests, looting/
property destruction). Several carry an earlier deed as their cause ("hours after a Palestinian
gunman shot dead two settlers", "a day after an Ansar Allah drone hit Tel Aviv"). Their expected
values were written and committed before the pipeline first ran on them.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT16 = FIXTURE.parent / "holdout16.jsonl"
# The first measurement (main at 0.16.0, before any rule written for this round):
HOLDOUT16_FIRST = {
    "detected": 0.975, "type_ok": 0.875, "sub_type_ok": 0.825, "date_ok": 0.95,
    "no_invented_ok": 1.0, "precision_ok": 0.95, "fatalities_ok": 0.975, "country_ok": 0.925,
    "admin1_ok": 0.725, "admin1_unit_ok": 0.85, "location_ok": 0.875, "actors": 0.89,
    "perpetrator_ok": 0.824, "attribution_ok": 0.857,
}
# Floors: after the rules in tests/test_holdout16_rules.py. JOR1's crowd "gathered ... to demand
# the cancellation of the peace treaty" was an Agreement (an accord sought is none made; the
# gathering with its demand now opens the protest the police's tear gas joins); UKR7's soldiers
# who "took him to an unknown location" were no event (now an abduction); PSE3's "Hamas later
# said they were members of its armed wing" is Hamas's claim; SYR4's "Jaramana (Rural Damascus)"
# no longer moves to Damascus city once the abduction's second verb is read; admin1 names
# Rural Damascus, Lattakia, Yerevan, Minsk and Republic of Dagestan as ACLED writes them.
# Still missed: YEM1 (spaCy tags "Al Hudaydah port" a facility, so the strike is placed at the
# Tel Aviv of its cause clause); SYR5 ("Al-Karama square" read as a Dubai district; "As-Sweida"
# is ACLED's spelling the gazetteer lacks); IRQ1 (the intercepted drones outrank the claimed
# strike as the primary event); UKR5 ("assaults on Bakhmut ... clashing with Ukrainian forces" an
# attack); RUS3 (the tagger reads "retook Sudzha" as a name); SYR2 (entering a city as the army
# withdraws is not read as taking it); PSE2 (the killing told in the second sentence splits off,
# so the attack's toll is now 0 where it was the cause clause's 2; the fixture wants 1); actor
# labels Ansar Allah (the KB writes the Houthis' 2016- state label), Syrian National Army (KB:
# 'JWS: ...'), Artsakh forces and the IRGC branch; admin1 conventions 'Al Anbar' (training lines
# write 'Anbar') and 'Odesa' (ACLED's 2020 lines write 'Odessa'); UKR6 (Kupiansk retaken "after
# Russian troops withdrew" reads as a non-violent transfer, which a coder may also choose).
HOLDOUT16_FLOORS = {
    "detected": 1.0, "type_ok": 0.925, "sub_type_ok": 0.875, "date_ok": 0.975,
    "no_invented_ok": 1.0, "precision_ok": 0.975, "fatalities_ok": 0.975, "country_ok": 0.95,
    "admin1_ok": 0.875, "admin1_unit_ok": 0.925, "location_ok": 0.9, "actors": 0.918,
    "perpetrator_ok": 0.941, "attribution_ok": 0.875,
}


@pytest.mark.slow
def test_holdout16_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT16)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 16, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT16_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT16_FLOORS[k]}
    assert not low, f"below the floor: {low}"
