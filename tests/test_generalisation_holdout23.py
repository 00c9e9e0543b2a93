"""Hold-out 23: country, region and actors where the gazetteer is thin.

74 notes (tests/fixtures/generalisation/holdout23.jsonl) written for this round, dated 2020-2025,
from 26 countries the earlier hold-outs cover little or only by their capitals: Chad, Cameroon's
Anglophone and northern regions, Niger, Burkina Faso, Benin, Togo, the Central African Republic,
South Sudan, Darfur and Kordofan, Amhara and Oromia, Cabo Delgado, Sagaing and Rakhine,
Balochistan and Khyber Pakhtunkhwa, Cauca and Arauca, Michoacan and Jalisco, Haiti, Enga and Hela,
Mindanao, Mali, Burundi, Nigeria, Senegal, Liberia, Somalia, Uganda and Zimbabwe. Villages, camps,
markets and roads the gazetteer lacks; places given relative to a town ('12 km north of Kaya',
'the outskirts of Ayorou', 'Panjgur's Paroom area'); actors named by nationality ('Nigerien
soldiers'), unit ('BIR soldiers', 'Operation Hadin Kai'), party (PASTEF, NUP, CDC, ZANU-PF),
clan or people ('Habar Gidir and Abgaal', 'Armed Murle youths'). The first 52 notes each name a
region; the last 22, added before their first run when the first 52 scored country 1.0 without
the source, name no country and mostly no region. Fed as id, text, published and source only;
figures with the source and without it. Expected values were written and committed before the
pipeline first ran on them; two corrections of names followed, not of readings: ISWAP is ACLED's
'Islamic State (West Africa)' (data/actor_periods.yaml), and perpetrators first written by a
bare acronym of three letters (RSF, OLA, BLA, NPA, PDF, 3R), which the scorer matches only
exactly, are now ACLED's full labels. The first measurement below is of main at 0.21.0 on the
corrected file.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

HOLDOUT23 = FIXTURE.parent / "holdout23.jsonl"
# The first measurement (main at 0.21.0, before any rule written for this round), with source.
HOLDOUT23_FIRST = {
    "detected": 1.0, "type_ok": 0.865, "sub_type_ok": 0.851, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.986, "country_ok": 0.986,
    "admin1_ok": 0.851, "admin1_unit_ok": 0.892, "location_ok": 0.689, "actors": 0.885,
    "perpetrator_ok": 0.938, "attribution_ok": 0.867,
}
# ... and without the source (PNG3's clan fight near Mulitaka names no place the gazetteer
# holds and nothing else of the country: null, as it should be).
HOLDOUT23_FIRST_NO_SOURCE = {**HOLDOUT23_FIRST, "country_ok": 0.973, "actors": 0.878}
# Floors: after the rules in tests/test_holdout23_rules.py. Cameroon's regions by ACLED's French
# names (CMR3 'Nord', CMR4 'Sud-Ouest'); PHL3's 'Barangay Poblacion, Datu Piang' placed at Datu
# Piang, not the Poblacion of Metro Manila; 'Islamic State (Mozambique)' from May 2022 (MOZ1);
# 'Armed Murle youths' (SSD1) and 'Misseriya and Hawazma gunmen' (SDN3) their peoples' militias;
# 'Lakurawa militants' the group 'Lakurawa' (NGA1); EZEMA a known party (ETH3).
# Still missed: LBR1 (the weak acronym 'CDC' tells no country; Foya read as a town in China,
# so Liberia is lost with the source dropped); places the gazetteer lacks (Nasir, Dioura,
# Galhareeri, Murombedzi, Mulitaka) or hides ('the Merowe dam'); types the typer reads otherwise
# (CMR5's raid killing separatists read as an attack, SSD3's overrun garrison a riot, MOZ3's
# burning of houses an attack); attribution 'accused' where the fixture wrote 'suspected' for
# "the army blamed the ELN" (COL2, COL4); 'Grand Ravine gang members' unnamed (HTI3).
HOLDOUT23_FLOORS = {
    **HOLDOUT23_FIRST, "admin1_ok": 0.905, "admin1_unit_ok": 0.905, "location_ok": 0.703,
    "actors": 0.928, "perpetrator_ok": 0.969, "attribution_ok": 0.871,
}
HOLDOUT23_FLOORS_NO_SOURCE = {**HOLDOUT23_FLOORS, "country_ok": 0.973, "actors": 0.921}


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "first", "floors"), [
    (False, HOLDOUT23_FIRST, HOLDOUT23_FLOORS),
    (True, HOLDOUT23_FIRST_NO_SOURCE, HOLDOUT23_FLOORS_NO_SOURCE),
])
def test_holdout23_figures_hold(drop_source: bool, first: dict[str, float],
                                floors: dict[str, float]) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("hold-out 23", load_fixture(HOLDOUT23), drop_source, first, floors)
    assert not low, f"below the floor: {low}"
