"""Hold-out 18: ACLED-style notes from Latin America, the Caribbean, North America and Europe, 2021-2025.

40 notes (tests/fixtures/generalisation/holdout18.jsonl) written for this round about Mexico
(Guerrero, Michoacan, the State of Mexico), Colombia, Ecuador, Peru, Brazil, Venezuela, Haiti,
Honduras, El Salvador, Chile, Bolivia, Panama, the United States, Canada, the United Kingdom,
France, the Netherlands, Serbia, Georgia and Spain, mirroring ACLED's mix there: 17 protests and
riots (all five sub-types), 7 strategic developments (arrests, agreement, change to group/activity,
disrupted weapons use, looting/property destruction), 6 armed clashes, 5 explosions (drone
strikes, car bomb, grenade, buried mine) and 5 attacks and abductions. Several open with a date
followed by an earlier deed ("On 28 June 2023, a day after a police officer shot dead ...") or
carry a cause in a subordinate clause. Their expected values were written and committed before
the pipeline first ran on them.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT18 = FIXTURE.parent / "holdout18.jsonl"
# The first measurement (main at 0.17.0, before any rule written for this round):
HOLDOUT18_FIRST = {
    "detected": 0.975, "type_ok": 0.8, "sub_type_ok": 0.725, "date_ok": 0.925,
    "no_invented_ok": 1.0, "precision_ok": 0.925, "fatalities_ok": 0.9, "country_ok": 0.95,
    "admin1_ok": 0.925, "admin1_unit_ok": 0.925, "location_ok": 0.875, "actors": 0.773,
    "perpetrator_ok": 0.7, "attribution_ok": 0.714,
}
# Floors: after the rules in tests/test_holdout18_rules.py. FRA1's and SLV1's "On 28 June 2023, a
# day after a police officer shot dead ..." had no date or the next day's (the parser hangs the
# opening date on the lapse clause); ESP1's "Valencia (Valencia)" was Venezuela's Valencia, took
# the floods' 200 dead as its toll and missed the baton charge; CAN1's "no arrests were made" made
# an intervention; BOL1's lynching villagers "in Colomi (Cochabamba)" were an armed group (the
# tagger reads the bracketed province as an organisation); HND1's student "taken away in a car"
# was no event; ECU5's "as he left a campaign rally" made a protest; MEX7 counted the candidate
# "found dead" hours before; USA2's "dismantled a pro-Palestinian encampment" by "state troopers"
# was an arrest; BRA1's land occupation "calling on the government" was a change to group; HTI2's
# contingent that "landed ... to help the police fight the gangs" was a battle; ECU2's decree was
# the prison riots it "followed"; MEX1 was placed at the Ayotzinapa of "the Ayotzinapa rural
# teachers' college"; CHL1's claimed arson was a riot; MEX3's "Six bodies were found after the
# fighting" made a second clash (six incidents). Still missed: FRA1 (the riot after a police
# killing read as mob violence); ECU5 (the suspect "killed in an exchange of fire with his
# bodyguards" makes the assassination a clash of two dead); ECU3 (the gazetteer has Camilo Ponce
# Enriquez only as a district whose point lies 80 km east); ESP1's admin1 (GeoNames 'Valenciana,
# Comunidad'); actor labels the KB writes otherwise: 'EMC: Central General Staff' (the KB, like
# hold-out 14, writes FARC Dissidents), 'Unidentified Gang (Honduras)', 'Sole Perpetrator (United
# States)'; MEX6 and COL4's keys wrote 'suspected' for "officials blamed X" until attr21
# made them 'accused', the other fixtures' convention. Since acts20 the KB holds Comuneros del Sur, Carteles Unidos, 5 Segonn and the CAM
# (COL1, MEX3, HTI4, CHL1): actors 0.864 -> 0.924, perpetrators 0.7 -> 0.8, attribution 0.714 ->
# 0.75.
HOLDOUT18_FLOORS = {
    "detected": 1.0, "type_ok": 0.975, "sub_type_ok": 0.95, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.975, "country_ok": 1.0,
    "admin1_ok": 0.975, "admin1_unit_ok": 1.0, "location_ok": 0.975, "actors": 0.924,
    "perpetrator_ok": 0.8, "attribution_ok": 0.75,
}


@pytest.mark.slow
def test_holdout18_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT18)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 18, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT18_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT18_FLOORS[k]}
    assert not low, f"below the floor: {low}"
