"""Hold-out 8: reports from countries no earlier fixture covers, first and now figures.

24 news reports (tests/fixtures/generalisation/holdout8.jsonl) written for this round about
Eritrea, Lesotho, the Republic of Congo, the Gambia, Namibia, the Comoros, North Macedonia,
Albania, Romania, Poland, Belgium, Portugal, Kuwait, Oman, Mongolia, Cambodia, Timor-Leste,
Montenegro, Guyana, Equatorial Guinea, Laos, South Korea, Panama and New Caledonia, dated 1998
to 2025, in wire copy with datelines, local press, a UN/OCHA flash update, a tweet, a rights
group's urgent alert and statement, a government press release, a long report with history
paragraphs, translated French, Portuguese and Spanish, and British and American spelling. Their
expected values (the primary event's ACLED fields and the perpetrators with their attribution)
were written and committed before the pipeline first ran on them; the rules their failures led
to are tested on sentences for several countries in tests/test_holdout8_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT8 = FIXTURE.parent / "holdout8.jsonl"
# The first measurement (release 0.12.0, before any rule written for this round):
HOLDOUT8_FIRST = {
    "detected": 1.0, "type_ok": 0.958, "sub_type_ok": 0.958, "date_ok": 0.818,
    "no_invented_ok": 1.0, "precision_ok": 0.875, "fatalities_ok": 0.792, "country_ok": 0.958,
    "admin1_ok": 0.5, "admin1_unit_ok": 0.75, "location_ok": 0.875, "actors": 0.69,
    "perpetrator_ok": 0.385, "attribution_ok": 1.0,
}
# Floors: after the rules in tests/test_holdout8_rules.py. GNQ1's "last Tuesday night" written on
# a Tuesday is a week back, PRT1's "early this morning" the day written, BEL1's "on Monday
# evening" on the lede's own verb beats the suspect's "Tuesday morning" (dates were never
# attached to their verb: spaCy tokens compared by identity); COM1's and COG1's "At least three
# people were killed" / "17 people killed" are the fight's toll, not a separate killing; PRT1's
# "Public Security Police (PSP)" and GMB1's "Police Intervention Unit (PIU)" are the state's
# police; NCL1's Noumea is no longer moved to France by "the French Pacific territory" and AFP;
# GNQ1's soldiers are the doers once "raped" is the verb "rape" (spaCy read "rap"). Still missed:
# admin1 names the gazetteer spells otherwise (Grad Skopje, Tirana, Al Batinah North, Capital for
# Al Asimah, Seoul-teukbyeolsi, Region Continentale for Litoral, Viangchan, Banjul for Kanifing),
# places the gazetteer lacks or resolves elsewhere (POL1 Przewodow, placed at the dateline's
# Warsaw; KHM1 Svay Chrum, placed at Phnom Penh), "<nationality> artillery shells struck" read
# with no doer (KHM1; "Russian shells struck a school" is typed a protest), POL1's Ukrainian air
# defence missile and BEL1's claim "in a video ... claimed to be a member of the Islamic State
# group", COG1's accused "former Ninja militiamen", state forces of a territory named after it
# (NCL1's police: Police Forces of New Caledonia, ACLED writes France), TLS1's rebel soldiers
# (ACLED: Mutiny of Military Forces of Timor-Leste), PAN1's National Border Service, LAO1's and
# GMB1's incidents told after a lede whose verb is not a trigger ("has not been seen since he was
# stopped", "who took to the streets"), BEL1's and KWT1's attacker deaths added to the victims'
# toll, ROU1's bottle-throwing read as a riot.
HOLDOUT8_FLOORS = {
    **HOLDOUT8_FIRST, "country_ok": 1.0, "admin1_unit_ok": 0.792, "location_ok": 0.917,
    # typing16 (from 0.875, 0.738, 0.538): TLS1's rebel soldiers in an attempted coup are a
    # mutiny, PAN1's SENAFRONT the police of Panama, BEL1's suspect shot on the next day is no
    # longer in the attack's toll
    "fatalities_ok": 0.917,
    # after the second round's merge (0.13.0; from 0.909, 0.917, 0.542, 0.81, 0.615): LAO1 dated by
    # its lead's 'since' clause, MKD1 and KOR1's admin1 by their seat's name, POL1's doer from
    # 'Ukraine's air defences'
    "date_ok": 0.955, "precision_ok": 0.958, "admin1_ok": 0.625, "actors": 0.833,
    "perpetrator_ok": 0.846,
}


@pytest.mark.slow
def test_holdout8_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT8)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 8, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT8_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT8_FLOORS[k]}
    assert not low, f"below the floor: {low}"
