"""Hold-out 7: reports from countries no earlier fixture covers, first and now figures.

24 news reports (tests/fixtures/generalisation/holdout7.jsonl) written for this round about
Ivory Coast, Liberia, Guinea-Bissau, Mauritania, Zambia, Malawi, eSwatini, Gabon, Jordan,
Bahrain, Saudi Arabia, Cyprus, Moldova, Belarus, the Netherlands, Ireland, Hong Kong, the
Dominican Republic, Malaysia (Sabah), the Solomon Islands, Canada, Cuba, Trinidad and Tobago and
Djibouti, in wire copy with datelines, local press, a police press statement, a military source,
two rights-group bulletins, a live blog, a long report with history paragraphs, translated
Spanish, French and Portuguese, and British spelling. Their expected values (the primary event's
ACLED fields and the perpetrators with their attribution) were written and committed before the
pipeline first ran on them; the rules their failures led to are tested on sentences for several
countries in tests/test_holdout7_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT7 = FIXTURE.parent / "holdout7.jsonl"
# The first measurement (release 0.11.0, before any rule written for this round):
HOLDOUT7_FIRST = {
    "detected": 1.0, "type_ok": 0.917, "sub_type_ok": 0.875, "date_ok": 0.833,
    "no_invented_ok": 1.0, "precision_ok": 0.833, "fatalities_ok": 0.833, "country_ok": 0.917,
    "admin1_ok": 0.583, "admin1_unit_ok": 0.75, "location_ok": 0.783, "actors": 0.805,
    "perpetrator_ok": 0.714, "attribution_ok": 1.0,
}
# Floors: after the rules in tests/test_holdout7_rules.py. CIV1's "on the eve of Saturday's
# election", ZMB1's "Saturday, 3rd July 2021 around 14:00 hours", GAB1's "arrested on Wednesday"
# against "Since the coup of August 2023, ..." and SWZ1's "this week" narrowed by "In Manzini on
# Tuesday" now date right; GNB1's "Eleven people, most of them members of the security forces,
# died", ZMB1's "One of the victims ... sustained cuts and died" now count, CIV1's "One victim ...
# and two others died" and TTO1's "Two of the victims ..., while a third died" no longer add to
# the lede's toll; TTO1's "Port of Spain General Hospital" no longer places the shooting in Spain,
# JOR1's dateline credit "(Petra)" no longer outvotes Amman (JOR1 right in every field), CUB1's
# "San Antonio de los Banos" is no longer San Antonio, Texas, and DOM1's "DAJABON.-" names no
# armed group. CIV1's machete fight of rival youths (a crowd's own violent deed, no peaceful
# protest) and CAN1's protest (the background's "had blocked streets" after the lead, no riot) now
# type right (tests/test_typing_crowd_killings.py, tests/test_typing_background_riots.py).
# Still missed: IRL1 mob violence for a violent demonstration (the model's sub-event), ZMB1's suspected PF cadres (the police hunting them made the
# doers) and GAB1's "Agents of the judicial police arrested" (spaCy reads "police arrested" as a
# reduced relative), state names ACLED writes with "the" or its own way (Police Forces of the
# Netherlands, Military Forces of the Dominican Republic, Garda and the National Revolutionary
# Police unlabelled), admin1 names the gazetteer spells otherwise (Manama for Capital, Lemesos,
# Horad Minsk, Zuid-Holland, Dublin City), CHN1's Hong Kong police placed at "imposed by
# Beijing", MYS1's Tambisan and DJI1's Garabtisan (not in the gazetteer).
HOLDOUT7_FLOORS = {
    **HOLDOUT7_FIRST, "date_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0,
    "type_ok": 1.0, "sub_type_ok": 0.958, "country_ok": 1.0, "admin1_ok": 0.708,
    "admin1_unit_ok": 0.875, "location_ok": 0.913, "actors": 0.902,
}


@pytest.mark.slow
def test_holdout7_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT7)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 7, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT7_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT7_FLOORS[k]}
    assert not low, f"below the floor: {low}"
