"""Hold-out 19: ACLED-style notes from Africa, 1997-2015.

40 notes (tests/fixtures/generalisation/holdout19.jsonl) written for this round about the wars
and unrest of those years in Sierra Leone, Liberia, Ivory Coast, the DR Congo, Uganda, Sudan,
South Sudan, Somalia, Eritrea, Ethiopia, Kenya, Nigeria, Algeria, Angola, Burundi, the Central
African Republic, Mali, Guinea, Madagascar, Egypt, Libya, Tunisia, Mozambique and Zimbabwe,
mirroring ACLED's mix then: 9 battles (three of them territory taken or regained), 9 attacks and
abductions, 11 riots and protests (riots outnumbering peaceful protests), 5 explosions and 6
strategic developments (agreements, arrests, non-violent transfers of territory, looting). Their
expected values were written and committed before the pipeline first ran on them.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT19 = FIXTURE.parent / "holdout19.jsonl"
# The first measurement (main at 0.18.0, before any rule written for this round):
HOLDOUT19_FIRST = {
    "detected": 0.95, "type_ok": 0.875, "sub_type_ok": 0.75, "date_ok": 0.925,
    "no_invented_ok": 1.0, "precision_ok": 0.95, "fatalities_ok": 0.975, "country_ok": 0.95,
    "admin1_ok": 0.75, "admin1_unit_ok": 0.875, "location_ok": 0.85, "actors": 0.753,
    "perpetrator_ok": 0.8, "attribution_ok": 0.917,
}
# Floors: after the rules in tests/test_holdout19_rules.py. The groups of those wars were unknown
# or carried the Phoenix dictionary's bare names (RUF, AFRC, LURD, MODEL, UPC, FNI, ICU, UNITA:
# data/actors_past.yaml); Boko Haram of 2014 had the name it took in 2015, the GSPC of 2004 al-Qaeda's
# of 2007, and Ethiopia's troops of 2006 were AMISOM's contingent; MDG1 was dated by the "May 13
# Square" it left; EGY1's "riot police" made the marchers rioters; LBR2's "captured Zwedru (Grand
# Gedeh)", CIV1's "seized Toulepleu (Montagnes)" (read as an abduction) and SOM1's "drove ... out of
# Jowhar" changed no hands; MLI1's barracks "abandoned" to rebels who entered "without meeting
# resistance" and CIV2's bank vaults "broke into" and "carried off" made no event; COD1's and ERI1's
# sides that "battled with mortars" and "fought with tanks and artillery" shelled; SSD1's "forces
# loyal to former vice president Riek Machar" were unnamed; EGY2's "put the toll at 288" counted
# none. UGA1's role is named "Lords Resistance Army" since the first run (the scorer matches a
# part of a name only above three letters, and "LRA" was the part). Still missed: KEN1 (the
# Garissa attack reads as a battle once police commandos kill the gunmen); NGA4 (mob violence
# against the fixture's violent demonstration); EGY2 (a sit-in "cleared" with 288 dead stays a
# peaceful protest); SOM6 (Kismayo is not placed, the note falls back on Lower Juba); Tawila and
# Kauda (SDN2, SDN3) are not in the gazetteer; ERI1 (GeoNames has Tsorona only as a sub-zone whose
# point lies 55 km away); LBY2 (no actor for a rocket no one admitted: shelling is exempt from the
# implied perpetrator); CIV2 ("men in the uniforms of the Forces Nouvelles" stay unidentified);
# SOM4 ("the government blamed al-Shabaab": the key said suspected until attr21 made it accused,
# the convention of the other fixtures: a named accuser's blame is an accusation); and
# BDI1 and MOZ1 (the capital placed in the province named after it, Bujumbura and Maputo, not
# 'Bujumbura Mairie' and 'Maputo City'); and admin1 names ACLED's releases of those years write
# otherwise (Orientale, Darfur, Kordofan, Banaadir: the pipeline follows the dev data's former
# units and Somali names, the fixture today's).
HOLDOUT19_FLOORS = {
    "detected": 1.0, "type_ok": 0.975, "sub_type_ok": 0.925, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0,
    "admin1_ok": 0.8, "admin1_unit_ok": 0.925, "location_ok": 0.9, "actors": 0.973,
    "perpetrator_ok": 0.933, "attribution_ok": 0.929,
}


@pytest.mark.slow
def test_holdout19_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT19)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 19, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT19_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT19_FLOORS[k]}
    assert not low, f"below the floor: {low}"
