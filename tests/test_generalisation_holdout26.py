"""Hold-out 26: the countries earlier hold-outs cover least, 2021-2025.

50 notes (tests/fixtures/generalisation/holdout26.jsonl) written for this round from 44 countries
the earlier hold-outs name once or never: southern Africa (eSwatini, Zambia, Malawi, Lesotho,
Namibia, Botswana, Angola, Madagascar), west Africa outside the Sahel (Ghana, Gambia,
Guinea-Bissau, Sierra Leone, Liberia, Benin, Togo, Senegal, Guinea), central and east Africa
(Republic of Congo, Gabon, Rwanda, Tanzania, Djibouti), central and eastern Europe and the
edges of the EU (Poland, Romania, Moldova, Albania, Montenegro, Ireland, Cyprus, the Netherlands,
Hungary, Denmark), the Gulf (United Arab Emirates, Oman, Bahrain, Qatar), East Asia (Mongolia,
Vietnam, Timor-Leste) and the Caribbean and Central America (Cuba, Panama, Suriname, Trinidad
and Tobago, El Salvador); all six event types and 19 sub-types (peaceful protest, protest with
intervention, excessive force, violent demonstration, mob violence, armed clash, attack,
abduction, sexual violence, shelling, air/drone strike, IED, grenade, arrests, agreement, change
to group/activity, disrupted weapons use, base established, looting/property destruction).
Some open "On <date>, ...", others are outlet-style leads; sources are local outlets. Fed as id,
text, published and source only; figures with the source and without it (the same on every
field: no note here leans on its outlet). Expected values were written before the pipeline first
ran on them (fixture committed at c79deddb); five corrections followed (e47580eb), each a
convention acled_train shows, not the pipeline's reading: ACLED's admin1 for Malawi and
Montenegro is the region ('Central'), Albania's is 'Tirana'; the Congolese army's 2019 label is
"Military Forces of the Democratic Republic of Congo (2019-)" (12 of 12 in acled_train); "the
Israeli military said it had targeted" is the perpetrator's claim, not the report's statement.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

HOLDOUT26 = FIXTURE.parent / "holdout26.jsonl"
# The first measurement (main at d2cb8bc4, before any rule written for this round, on the
# corrected fixture); without the source every figure is the same.
HOLDOUT26_FIRST = {
    "detected": 0.98, "type_ok": 0.88, "sub_type_ok": 0.84, "date_ok": 0.96,
    "no_invented_ok": 1.0, "precision_ok": 0.96, "fatalities_ok": 0.98, "country_ok": 0.92,
    "admin1_ok": 0.78, "admin1_unit_ok": 0.88, "location_ok": 0.76, "actors": 0.805,
    "perpetrator_ok": 0.889, "attribution_ok": 1.0,
}
# Floors: after the rules in tests/test_holdout26_rules.py (a human chain, HUN1; forces sent 'to
# fight' an insurgency, RWA2; a date in a relative clause on the deed's participant, NLD1; a
# nationality before 'Orthodox', MNE1; a city's possessive part the gazetteer lacks, DNK1; the
# MFDC under ACLED's label, SEN2).
# Still missed, by cause:
# - types: people arrested at a protest "saying some had planned to provoke riots" read a riot
#   (MDA1: the typer's words, not a trigger, carry 'riots'); armed men attacking a palace whose
#   guards repelled them read an attack on civilians and the guards a private force (GNB1); a man
#   shooting teachers blocking a road read a riot (PAN1); police firing at a tractor driven at
#   them read an attack, not a protest with intervention (NLD1); rioters who set fire to buses
#   read a mob where deaths are told (SEN1) or where a bus and a tram burn (IRL1).
# - places: "Brikama (West Coast region)": GeoNames calls the Gambian region 'Western', so the
#   bracket reads New Zealand's West Coast and drops the town (GMB1); Diraz is not in the
#   gazetteer and 'in solidarity with Gaza' gives the place (BHR1); admin1 spellings (Bucuresti,
#   Paphos, Ad Dawhah, South-East); a town read as its district or commune (Foya, Karimama, Cu
#   Kuin, Porga, Befotaka, Mindouli); Montenegro's units under the gazetteer's municipalities, not
#   ACLED's regions (MNE1).
# - actors: gangs read as an unidentified armed group where the fixture writes 'Unidentified
#   Gang' (LSO1, TTO1; acled_train holds no such label, so no rule was written); FRUD-Armed and
#   the Ninjas under other labels (DJI1, COG1); gendarmes of Senegal under the police (SEN1).
HOLDOUT26_FLOORS = {
    **HOLDOUT26_FIRST, "detected": 1.0, "type_ok": 0.92, "sub_type_ok": 0.88, "date_ok": 1.0,
    "precision_ok": 1.0, "country_ok": 0.96, "admin1_ok": 0.82, "admin1_unit_ok": 0.92,
    "location_ok": 0.82, "actors": 0.85,
}


@pytest.mark.slow
@pytest.mark.parametrize("drop_source", [False, True])
def test_holdout26_figures_hold(drop_source: bool) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("hold-out 26", load_fixture(HOLDOUT26), drop_source, HOLDOUT26_FIRST,
                      HOLDOUT26_FLOORS)
    assert not low, f"below the floor: {low}"
