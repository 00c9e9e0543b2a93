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
# armed group; CHN1's arrests are no longer placed at "imposed by Beijing" (a capital named for
# its government, tests/test_places_capital_metonym.py) and Hong Kong is China's unit as ACLED
# codes it (tests/test_places_territory_units.py); ZMB1's doers are the suspected PF cadres, not
# the police hunting them, GAB1's "Agents of the judicial police arrested" makes the police the
# doers, Garda and Cuba's National Revolutionary Police are labelled; CIV1's machete fight of
# rival youths (a crowd's own violent deed, no peaceful protest) and CAN1's protest (the
# background's "had blocked streets" after the lead, no riot) type right
# (tests/test_typing_crowd_killings.py, tests/test_typing_background_riots.py). Still missed:
# IRL1 mob violence for a violent demonstration (the model's sub-event), state names ACLED writes
# with "the" (Police Forces of the Netherlands, Military Forces of the Dominican Republic), admin1
# names the gazetteer spells otherwise (Manama for Capital, Lemesos, Horad Minsk, Zuid-Holland,
# Dublin City: no English name for them in the gazetteer's untagged aliases), MYS1's Tambisan and
# DJI1's Garabtisan (not in the gazetteer).
HOLDOUT7_FLOORS = {
    **HOLDOUT7_FIRST, "date_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0,
    "type_ok": 1.0, "sub_type_ok": 0.958, "country_ok": 1.0, "admin1_ok": 0.75,
    "admin1_unit_ok": 0.917, "location_ok": 0.957, "actors": 0.951, "perpetrator_ok": 1.0,
}
# Since: ZMB1's suspected PF cadres are the doers, not the police hunting them
# (tests/test_attribution_searchers.py), GAB1's "Agents of the judicial police arrested on
# Wednesday ... the coordinator" makes the police the doers though spaCy reads a reduced relative
# (tests/test_attribution_misread_participle.py), and the Garda and Cuba's National
# Revolutionary Police are in the actor KB (tests/test_actors_kb_police_groups.py).


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
