"""Hold-out 6: reports from places and outlets hold-outs 1-5 cover least, first and now figures.

24 news reports (tests/fixtures/generalisation/holdout6.jsonl) written for this round about
Chile, Bolivia, Paraguay, El Salvador, Argentina, Israel, Sudan, Rwanda, Zimbabwe, South Africa,
Madagascar, Senegal, Sierra Leone, Benin, Togo, Ghana, Tunisia, Algeria, Serbia, Kazakhstan,
Northern Ireland, Uzbekistan, Angola and Sweden, in wire copy with datelines, local press, two
military press releases, a rights-group alert, a live blog, long reports with history paragraphs,
translated Spanish, French and Portuguese, and British spelling. Their expected values (the
primary event's ACLED fields and the perpetrators with their attribution) were written and
committed before the pipeline first ran on them; the rules their failures led to are tested on
sentences for several countries in tests/test_holdout6_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT6 = FIXTURE.parent / "holdout6.jsonl"
# The first measurement (release 0.10.0, before any rule written for this round):
HOLDOUT6_FIRST = {
    "detected": 1.0, "type_ok": 0.833, "sub_type_ok": 0.708, "date_ok": 0.783,
    "no_invented_ok": 1.0, "precision_ok": 0.833, "fatalities_ok": 0.833, "country_ok": 1.0,
    "admin1_ok": 0.792, "admin1_unit_ok": 0.875, "location_ok": 0.792, "actors": 0.757,
    "perpetrator_ok": 0.571, "attribution_ok": 0.75,
}
# Floors: after the rules in tests/test_holdout6_rules.py. BOL1's "yesterday, Monday", UZB1's
# "..., on Friday, officials said on Monday", SWE1's "so far this year" against "police said on
# Thursday" and SRB1's "three months after the collapse killed 15" now date (and SRB1 no longer
# counts) right; SEN1's "nine people had died across the country" gives way to Ziguinchor's two,
# ISR1's "in response to a strike that killed one of its commanders" is no toll of the rockets;
# ZWE1's "a group of about 15 suspected ZANU-PF youths" is a suspicion, PRY1's "armed men
# believed to belong to the EPP" makes the EPP the suspected doer and its "(EPP)" gives ACLED's
# "EPP: Paraguayan People's Army" (AGO1's "FLEC-FAC: ..." too), AGO1's dateline "LUANDA" is no
# Government of Angola, ARG1's "Federal police officers" are Argentina's police, GBR1's label is
# "Police Forces of the United Kingdom"; CHL1 is placed at Ercilla, not the dateline's Temuco;
# TUN1's police "did not intervene" (peaceful), DZA1's "fight against terrorism" is no battle,
# GBR1's petrol bombs and BOL1's stones are riots. Still missed: admin1 names the gazetteer spells
# otherwise (La Araucania, Northern for HaZafon, Buenos Aires for the city, Western Province),
# SDN1's army entering Wad Madani (typed an armed clash of April 2023, placed at the dateline),
# BEN1's attack placed at the dateline (Karimama is told in a second event) and JNIM's claim
# hung on "seized weapons", GHA1's Kusasi and Mamprusi (communal, not ethnic, militias: nothing
# in the text tells), DZA1's National People's Army (not in the KB) and its typing, UZB1
# (riot, not excessive force), RWA1 placed at Rubavu District, AGO1's claimed seven dead
# (denied by the army; ACLED's conservative count is 0).
# Merged with session 12's other branches, SDN1 first lost its record: "there had been heavy
# fighting ... on Friday" took no day (past perfect), so the background's "April 2023" dated it
# and made it historical; the expletive 'be' now dates the incident (tests/test_dates_existential.py).
# SLE1's admin1 is now ACLED's learned name, not the English one the expected value uses.
# Since type21 (tests/test_typing21_rules.py): UZB1 (security forces firing live rounds on the protest) is excessive force.
HOLDOUT6_FLOORS = {
    **HOLDOUT6_FIRST, "type_ok": 1.0, "sub_type_ok": 0.875, "date_ok": 0.957,
    "precision_ok": 1.0, "fatalities_ok": 0.958, "admin1_ok": 0.75, "location_ok": 0.833,
    "actors": 0.891,
    "perpetrator_ok": 0.857, "attribution_ok": 1.0,
}


@pytest.mark.slow
def test_holdout6_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT6)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 6, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT6_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT6_FLOORS[k]}
    assert not low, f"below the floor: {low}"
