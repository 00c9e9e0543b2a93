"""Hold-out 21: ACLED notes in the terse, messy styles real coders write.

40 notes (tests/fixtures/generalisation/holdout21.jsonl) written for this round, dated 2011-2024,
from Nigeria, Zimbabwe, Ethiopia, South Africa, Morocco, Cameroon, Burkina Faso, Mali, the
Central African Republic, Burundi, Sudan, South Sudan, India, Bangladesh, Pakistan, Afghanistan,
Myanmar, the Philippines, Indonesia, Cambodia, Iraq, Syria, Yemen, Israel, Libya, Georgia,
Kazakhstan, Russia, Ukraine, Colombia, Peru, Brazil, Mexico and Haiti: present-tense headline
notes ("Gunmen of the CJNG and Carteles Unidos clash ..."), category labels ("Strikes:", "Attack
without casualties:", "Looting:", "Non-violent activity:", "Release:", "Arrests:"), place and day
headers ("Al Hoceima, 26 May:", "12 August, Chitungwiza:"), day/month dates ("on 04/06", "9/4"),
"the night of 4-5 June", abbreviations (FVP, IDP, MoD, LGA, BGP, NWA), typos ("throwns",
"freedd", "Gambo(Mbomou)"), a village the gazetteer lacks with its province or district named
(El Aguaje, Tse Akaa, Brgy. Cawayan), a neighbourhood alone (Mutakura) and one note with no place
(a court's verdict), "Fatalities split between events." and "No further reports on what events
occurred.". Mix: 12 protests and riots, 9 battles, 6 explosions, 6 attacks, abductions and sexual
violence, 7 strategic developments. Expected values were written and committed before the
pipeline first ran on them. One correction followed, from ACLED's own coding, not from the
pipeline's output: every labelled note in the training and development files is a Strategic
development (113 in the development files, among them "Strikes:", "Attack without casualties:"
and "Raid:"), so the "Strikes:", "Attack without casualties:" and "Looting:" notes were recoded
so, and labels ACLED does not use ("Shelling:", "Drone strike:", "Kidnapping:") were dropped.
Figures are measured with the publisher (``source``) and without it, as the scorer sees some
records.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

HOLDOUT21 = FIXTURE.parent / "holdout21.jsonl"
# The first measurement (main at 0.19.0, before any rule written for this round), with source;
# before the correction above type read 0.725, sub-type 0.65, perpetrators 0.75.
HOLDOUT21_FIRST = {
    "detected": 0.95, "type_ok": 0.725, "sub_type_ok": 0.625, "date_ok": 0.925,
    "no_invented_ok": 1.0, "precision_ok": 0.95, "fatalities_ok": 0.95, "country_ok": 0.925,
    "admin1_ok": 0.75, "admin1_unit_ok": 0.8, "location_ok": 0.75, "actors": 0.682,
    "perpetrator_ok": 0.714, "attribution_ok": 0.8,
}
# ... and without the source: the place figures drop where only the publisher names the country.
HOLDOUT21_FIRST_NO_SOURCE = {
    **HOLDOUT21_FIRST, "country_ok": 0.8, "admin1_ok": 0.7, "admin1_unit_ok": 0.75,
    "location_ok": 0.7, "actors": 0.667,
}
# Floors: after the rules in tests/test_holdout21_rules.py. MAR1's header "Al Hoceima, 26 May:"
# was read as a person (now a place); RUS1's "3.5 years" was the 3rd of May 2020 (now no date);
# ZWE1 ("Residents ... block the main road and throw stones at police") and PAK1 ("A US drone
# fires 2 missiles") parsed as one noun phrase (now re-parsed in the past tense). IRQ1, COL1 and
# GEO1 (crowds that storm, torch or vandalise, read as peaceful or intervened protests) are now
# violent demonstrations (tests/test_storm21_rules.py). Still missed: BRA1 (a road blockade under a highway's number: no event) and YEM1 (a checkpoint set
# up: no event); the "Strikes:", "Attack without casualties:" and "Looting:" notes (NGA1, SYR1,
# ZAF1) read as what they tell, not as ACLED's Strategic developments; BDI1 (bodies found in a
# neighbourhood alone, read as an arrest); NGA4 (a release read as the abduction); places the
# gazetteer lacks (Kolofata in a header, Boulkessi, Kalma camp, Tse Akaa, Mutakura) or names
# otherwise (Faryab as 'Foryob', Bogota's 'Distrito Capital', El Aguaje in Veracruz); the note
# with no place (RUS1); labels the KB writes otherwise (ISWAP as 'Islamic State (West Africa)',
# 'Police Forces of Georgia (2012-)', '400 Mawozo').
HOLDOUT21_FLOORS = {
    "detected": 0.95, "type_ok": 0.825, "sub_type_ok": 0.75, "date_ok": 0.95,
    "no_invented_ok": 1.0, "precision_ok": 0.95, "fatalities_ok": 0.95, "country_ok": 0.925,
    "admin1_ok": 0.775, "admin1_unit_ok": 0.825, "location_ok": 0.775, "actors": 0.727,
    "perpetrator_ok": 0.857, "attribution_ok": 0.833,
}
HOLDOUT21_FLOORS_NO_SOURCE = {
    **HOLDOUT21_FLOORS, "country_ok": 0.825, "admin1_ok": 0.725, "admin1_unit_ok": 0.775,
    "location_ok": 0.725, "actors": 0.712,
}


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "first", "floors"), [
    (False, HOLDOUT21_FIRST, HOLDOUT21_FLOORS),
    (True, HOLDOUT21_FIRST_NO_SOURCE, HOLDOUT21_FLOORS_NO_SOURCE),
])
def test_holdout21_figures_hold(drop_source: bool, first: dict[str, float],
                                floors: dict[str, float]) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("hold-out 21", load_fixture(HOLDOUT21), drop_source, first, floors)
    assert not low, f"below the floor: {low}"
