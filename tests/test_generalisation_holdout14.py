"""Hold-out 14: ACLED-style notes from the Americas, Europe and Oceania, 2021-2025.

40 notes (tests/fixtures/generalisation/holdout14.jsonl) written for this round about Mexico,
Colombia, Brazil, Venezuela, Ecuador, Peru, Chile, Argentina, Honduras, Guatemala, Haiti, Jamaica,
the United States, Canada, France, Germany, the United Kingdom, Italy, Spain, Ukraine, Russia,
Papua New Guinea and New Caledonia, mirroring ACLED's mix there: 15 protests and riots (all five
sub-types), 7 strategic developments (arrests, looting/property destruction, disrupted weapons
use, agreement, change to group/activity), 7 armed clashes (cartels, gangs, prison factions, clans,
state forces), 5 explosions (missile, drone and air strikes, IED, grenade) and 6 attacks and
abductions. Several carry a cause or an aftermath of another type ("after soldiers arrested a
local cartel leader", "a day after the storming of Congress", "after a fatal knife attack").
Their expected values were written and committed before the pipeline first ran on them.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT14 = FIXTURE.parent / "holdout14.jsonl"
# The first measurement (release 0.15.0, before any rule written for this round):
HOLDOUT14_FIRST = {
    "detected": 0.975, "type_ok": 0.875, "sub_type_ok": 0.825, "date_ok": 0.975,
    "no_invented_ok": 1.0, "precision_ok": 0.975, "fatalities_ok": 0.975, "country_ok": 0.95,
    "admin1_ok": 0.775, "admin1_unit_ok": 0.875, "location_ok": 0.825, "actors": 0.892,
    "perpetrator_ok": 1.0, "attribution_ok": 0.889,
}
# Floors: after the rules in tests/test_holdout14_rules.py. MEX4's "Tijuana (Baja California)"
# was placed in California, United States (spaCy splits 'Baja' 'California' into two places;
# the whole name is now read), and its "shot dead photojournalist Margarito Martinez" counted two
# dead; VEN1's "officers ... took an activist from her home" was no event (now an abduction);
# JAM1's police who "returned fire" fight a clash, not an attack; PER1's "Police and soldiers
# fired live ammunition into the crowd" of people gathered to demand is force on protesters;
# BRA1's "dismantled the camp" was disrupted weapons use (now the arrests); DEU2's "police
# officers raided properties and arrested 25" was an abduction (a raid by police officers is no
# attack, the raid joins its arrests, and "including its alleged ringleader, who was detained"
# no longer makes the arrest background); CHL1's "Valparaiso (Valparaiso)" is the town, not the
# region; RUS3's "Gubkin (Belgorod Oblast)" was placed at Belgorod city, and RUS1-3's admin1 are
# now written as ACLED writes them (Moscow, Kursk Oblast, Belgorod Oblast); BRA2's "the Penha
# area of Rio de Janeiro" was placed at Penha in Santa Catarina; ECU1's Los Lobos is in the KB.
# Still missed: GBR1 (a crowd attacking a mosque and police read as mob violence) and DEU1
# (groups trying to break through a police cordon read as a violent demonstration), both near
# the line between the two sub-types; admin1 spellings ACLED's English may differ on
# (Nordrhein-Westfalen, Hessen, Catalunya, Kyiv for 'Kyiv City'); UKR3's "Zaporizhzhia city"
# (a village of that primary name outranks the city filed under it as an alternate name); PNG2
# (Wapenamanda placed at its district's centroid, 52 km off); actor labels FRA1 (gendarmes as
# Military Forces of France), HND1 (the military police label keeps its unit suffix) and VEN1
# (SEBIN unknown); COL3's "The authorities attributed the attack to" X reads 'accused' (the
# system's finer category) where the fixture wrote 'suspected'.
# Since type21 (tests/test_typing21_rules.py): GBR1 (a crowd throwing bricks at a mosque and at police) is a violent demonstration.
HOLDOUT14_FLOORS = {
    **HOLDOUT14_FIRST, "type_ok": 0.975, "sub_type_ok": 0.975, "date_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0, "admin1_ok": 0.9,
    "admin1_unit_ok": 1.0, "location_ok": 0.95, "actors": 0.954, "detected": 1.0,
}


@pytest.mark.slow
def test_holdout14_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT14)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 14, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT14_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT14_FLOORS[k]}
    assert not low, f"below the floor: {low}"
