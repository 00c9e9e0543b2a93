"""Hold-out 22: ACLED's rarer sub-event types, and look-alikes that are not them.

48 notes (tests/fixtures/generalisation/holdout22.jsonl) written for this round, dated 2012-2024,
from 36 countries on every inhabited continent (Iraq, Mozambique, Mali, Myanmar, Somalia,
Pakistan, Sweden, India, Colombia, Niger, France, Chile, Papua New Guinea, Nigeria, Iran, Turkey,
Venezuela, the DR Congo, South Sudan, Syria, the Central African Republic, Tunisia, Zimbabwe,
Afghanistan, Ukraine, Thailand, Cameroon, Ethiopia, the United States, Argentina, Burkina Faso,
Belarus, South Korea, Kenya, Russia, Honduras). Two notes for each of 19 sub-types the typer's
own validation sees rarely (Government regains territory, Non-state actor overtakes territory,
Headquarters or base established, Agreement, Arrests, Change to group/activity, Disrupted weapons
use, Other, Looting/property destruction, Non-violent transfer of territory, Violent
demonstration, Mob violence, Excessive force against protesters, Protest with intervention,
Sexual violence, Abduction/forced disappearance, Suicide bomb, Grenade, Remote
explosive/landmine/IED) and ten look-alikes that are not the rare type: rallies under a heavy
police presence or with cordons but no intervention (USA1, ARG1), truce talks with no deal signed
(MOZ2, Other, not Agreement), a failed attempt to retake a town (BFA1, Armed clash), mass
detentions at a march (BLR1, Protest with intervention, not Arrests), a strikers' march (KOR1,
Peaceful protest), tear gas with minor injuries (KEN1, not Excessive force), bombs set off by
phone (THA2, not Suicide bomb), a drone that hits (RUS1, not Disrupted weapons use) and a
killing at home (HND1, Attack, not Abduction). Styles: headline notes, place and day headers,
"Change to armed group:" and "Release:" labels, day/month dates, "the day before", "overnight
into 30 May". Expected values were written and committed before the pipeline first ran on them.
Figures are measured with the publisher (``source``) and without it.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

HOLDOUT22 = FIXTURE.parent / "holdout22.jsonl"
# The first measurement (main at 0.20.0, before any rule written for this round), with source.
# One correction followed, of the expected names, not of a reading: COL1's perpetrator was written
# "ELN", which the scorer matches only exactly (names of 3 letters or fewer); it is now ACLED's
# full "ELN: National Liberation Army", and the first run's perpetrator figure reads 0.667 so
# (it read 0.5 before).
HOLDOUT22_FIRST = {
    "detected": 0.979, "type_ok": 0.875, "sub_type_ok": 0.75, "date_ok": 0.958,
    "no_invented_ok": 1.0, "precision_ok": 0.958, "fatalities_ok": 0.958, "country_ok": 0.958,
    "admin1_ok": 0.729, "admin1_unit_ok": 0.896, "location_ok": 0.812, "actors": 0.848,
    "perpetrator_ok": 0.667, "attribution_ok": 1.0,
}
# ... and without the source (VEN1's 'El Nacional' reads as a paper abroad with the source).
HOLDOUT22_FIRST_NO_SOURCE = {
    **HOLDOUT22_FIRST, "country_ok": 0.979, "admin1_ok": 0.75, "admin1_unit_ok": 0.917,
    "location_ok": 0.833, "actors": 0.861,
}
# Floors: after the rules in tests/test_h22_rules.py (now, with source: type 0.979, sub-type
# 0.917, date 0.979, fatalities 0.979, actors 0.861). MMR1's "MNDAA troops" were read as the
# state's (the tagger took the acronym for a common noun): now a non-state group overtakes
# Lashio. HND1's "shot dead by gunmen" made the activist the doer, a crowd (now an attack).
# NER1's "Tillaberi region:" was read as a category label (Strategic developments) and its noun
# counted as a seventh dead. MOZ2's truce only discussed ("no deal was signed") was an
# Agreement (now Other). CMR1's freed pupils were the abduction (now a
# release, Other); PAK2's student "picked up ... whereabouts remain unknown" an attack (now a
# forced disappearance); ZWE1's "picked up by police ... and charged" no event (now an arrest);
# SYR2's factions "dissolving themselves into a new body" an attack (the "body"; now a change to
# the group). Still missed: MLI1 (the army abandoned Kidal to the rebels amid gunfire: read as a
# non-violent transfer); CHL1 (metro stations burnt, read as mob violence); IRQ2 (an armed show
# of force "after the arrest of" fighters, read as the arrest); ETH2 (Tigrayan forces re-entering
# Mekelle, read as the unilateral ceasefire's Agreement; Mekelle unknown to the gazetteer); UKR1's "overnight into 30
# May"; VEN1's Caracas read
# as Altamira (Dominican Republic) with the source; labels the KB writes otherwise
# ('Islamic State (Sahel)', 'Military Forces of Democratic Republic of Congo').
# cause24 (tests/test_cause24_rules.py): IRN1's rape, named only as what the crowd gathered over,
# is the protest's grievance, no event of its own, so the protest keeps the 66 dead (fatalities
# 0.979 -> 1.0 with and without the source).
HOLDOUT22_FLOORS = {
    "detected": 0.979, "type_ok": 0.958, "sub_type_ok": 0.896, "date_ok": 0.958,
    "no_invented_ok": 1.0, "precision_ok": 0.958, "fatalities_ok": 1.0, "country_ok": 0.958,
    "admin1_ok": 0.729, "admin1_unit_ok": 0.896, "location_ok": 0.812, "actors": 0.848,
    "perpetrator_ok": 0.667, "attribution_ok": 1.0,
}
HOLDOUT22_FLOORS_NO_SOURCE = {
    **HOLDOUT22_FLOORS, "country_ok": 0.979, "admin1_ok": 0.75, "admin1_unit_ok": 0.917,
    "location_ok": 0.833, "actors": 0.861,
}


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "first", "floors"), [
    (False, HOLDOUT22_FIRST, HOLDOUT22_FLOORS),
    (True, HOLDOUT22_FIRST_NO_SOURCE, HOLDOUT22_FLOORS_NO_SOURCE),
])
def test_holdout22_figures_hold(drop_source: bool, first: dict[str, float],
                                floors: dict[str, float]) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("hold-out 22", load_fixture(HOLDOUT22), drop_source, first, floors)
    assert not low, f"below the floor: {low}"
