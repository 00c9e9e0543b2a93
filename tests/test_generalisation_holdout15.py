"""Hold-out 15: ACLED-style notes from Africa, 2021-2025.

40 notes (tests/fixtures/generalisation/holdout15.jsonl) written for this round about Mali,
Burkina Faso, Niger, Nigeria, Cameroon, Chad, Sudan (the RSF-SAF war), South Sudan, Ethiopia
(Fano, Tigray), Somalia, Kenya, DR Congo (M23, CODECO, Wazalendo), Mozambique (Cabo Delgado),
the Central African Republic, Burundi, Uganda, Senegal, Guinea, Madagascar, South Africa,
Zimbabwe, Tunisia, Libya and Egypt, mirroring ACLED's mix there: 13 protests and riots (all five
sub-types), 7 strategic developments (arrests, looting, agreement, change to group/activity,
non-violent transfer of territory, disrupted weapons use), 9 battles (armed clashes, government
regains territory, non-state actor overtakes territory), 5 explosions (air/drone strikes,
shelling, IEDs) and 6 attacks, an abduction and sexual violence. Their expected values were
written and committed before the pipeline first ran on them.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT15 = FIXTURE.parent / "holdout15.jsonl"
# The first measurement (release 0.16.0, before any rule written for this round):
HOLDOUT15_FIRST = {
    "detected": 1.0, "type_ok": 0.875, "sub_type_ok": 0.85, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0,
    "admin1_ok": 0.85, "admin1_unit_ok": 1.0, "location_ok": 0.9, "actors": 0.87,
    "perpetrator_ok": 0.818, "attribution_ok": 0.889,
}
# Floors: after the rules in tests/test_holdout15_rules.py. UGA1's police who "stopped young
# people marching towards Parliament ... and arrested at least 45 of them" and ZWE1's "dispersed
# ... people who had answered a call ... to protest ..., arresting 15 of them" were arrests (now
# protests with intervention: 'them' are the protesters); COD2's "took control ... after FARDC
# soldiers and allied Wazalendo fighters withdrew following two days of fighting" was a
# non-violent transfer (a withdrawal after fighting is a battle; the side that withdrew is no
# taker); SOM1's recruitment drive was a transfer ('hand over a boy'; recruiting is now a change
# to group/activity); BFA2's "Djibo (Sahel)" (spaCy: a date) and EGY1's "Bir al-Abd (North
# Sinai)" (a person) were placed at their regions; ETH1/ETH2's 'Tigrai', 'Amara' and SOM1-3's
# Somali region names are now ACLED's English ones; NER2's 2025 "Islamic State Sahel Province"
# is Islamic State (Sahel), no longer Greater Sahara.
# Still missed, most of them the fixture's doubt rather than the system's: GIN1 (demonstrators
# who "blocked the main road with stones and tree trunks" make a violent demonstration under the
# codebook's road-blocking clause, though the fixture wrote excessive force); SOM2 (troops entered
# after "the militants withdrew ... no casualties": the codebook's non-violent transfer, though
# the fixture wrote government regains); SEN1 (ACLED does suffix gendarmes: 'Police Forces of
# Senegal (2012-2024) Gendarmerie'); COD1 and COD2 (the fixture misspelt ACLED's 'Cooperative for
# Development of Congo' and 'Military Forces of the Democratic Republic of Congo'); NGA3 (a bare
# 'Boko Haram' fighting ISWAP keeps the and/or label, and the fixture misspelt the JAS label);
# BFA2/BFA3 (JNIM's label: the knowledge base has ACLED's older 'Group for Support of Islam and
# Muslims'; whether and when ACLED renamed it is unsourced); MOZ1 (GeoNames names both Maputo
# province and Maputo City 'Maputo'); MLI2 (the army's own statement reads 'claimed', the fixture
# 'stated'); MLI2 Tinzaouaten and NER2 Fambita are not in the gazetteer (placed at the region).
# Merged with the other branches of the round, one more line types right (type and sub-event
# 0.975), and the floors follow.
# Since type21 (tests/test_typing21_rules.py): GIN1 (gendarmes shooting two men dead during a demonstration) is excessive force.
HOLDOUT15_FLOORS = {
    **HOLDOUT15_FIRST, "type_ok": 1.0, "sub_type_ok": 1.0, "admin1_ok": 0.975,
    "location_ok": 0.95, "actors": 0.913, "perpetrator_ok": 0.909, "attribution_ok": 0.9,
}


@pytest.mark.slow
def test_holdout15_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT15)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 15, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT15_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT15_FLOORS[k]}
    assert not low, f"below the floor: {low}"
