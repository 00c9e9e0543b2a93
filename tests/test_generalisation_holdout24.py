"""Hold-out 24: Asia, the Americas and the Pacific, 2021-2025.

65 notes (tests/fixtures/generalisation/holdout24.jsonl) written for this round from 30 countries:
Myanmar (Magway, Chin, Kayah, northern Shan, Mandalay, Sagaing), India (Manipur, Chhattisgarh,
Punjab, Jammu and Kashmir, Bihar), Pakistan (Khyber Pakhtunkhwa, Balochistan, Punjab), Afghanistan,
Bangladesh, Nepal, Sri Lanka, the Philippines, Thailand, Indonesia, Cambodia, Malaysia,
Timor-Leste, Kyrgyzstan, South Korea, Papua New Guinea, Solomon Islands, Fiji, Colombia, Ecuador,
Mexico, Haiti, Brazil, Peru, Honduras, Guatemala, Bolivia, Chile, Venezuela, Paraguay, Argentina
and Jamaica; all six event types and 20 sub-types (among them the rarer ones: non-state actor
overtakes territory, government regains territory, disrupted weapons use, arrests, looting and
property destruction, abduction, other). Fed as id, text, published and source only; figures with
the source and without it. Expected values were written before the pipeline first ran on them;
three corrections of state labels' periods followed (Malaysia before Anwar, Sri Lanka under
Wickremesinghe, Thailand under Srettha), two of the taxonomy (a takeover or recapture of ground
is a Battles sub-type, not a strategic development: MMR4, AFG1) and one of the text (AFG2 said
'Friday prayers' of 21 April 2022, a Thursday; the pipeline rightly moved the date to the Friday).
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

HOLDOUT24 = FIXTURE.parent / "holdout24.jsonl"
# The first measurement (main at e1e8ac0, before any rule written for this round); the same
# without the source, since every note names its region or a town the gazetteer holds.
HOLDOUT24_FIRST = {
    "detected": 1.0, "type_ok": 0.846, "sub_type_ok": 0.769, "date_ok": 0.969,
    "no_invented_ok": 1.0, "precision_ok": 0.969, "fatalities_ok": 0.938, "country_ok": 1.0,
    "admin1_ok": 0.954, "admin1_unit_ok": 0.985, "location_ok": 0.892, "actors": 0.811,
    "perpetrator_ok": 0.826, "attribution_ok": 0.789,
}
HOLDOUT24_FIRST_NO_SOURCE = dict(HOLDOUT24_FIRST)
# Floors: after the rules in tests/test_holdout24_rules.py ('left at least 26 men dead' counted,
# PNG1; TRF, Gran Grif, WAM and JUI-F named, IND5 HTI2 CHL1 PAK1; 'northern Shan state' is
# Shan-North, MMR4; arrested "as they held a banner" a protest, KHM1; villagers detaining police
# mob violence, MEX4; bare 'Buenos Aires' the capital, ARG1). The same without the source.
# Still missed: dates told only in an 'after' clause or a pluperfect relative clause (IDN1,
# LKA1: no date, not a guess); places the gazetteer lacks or NER does not tag (Pauk, Myinmu,
# Laukkai, Vizcatan del Ene, Uxiu); 'Maoists triggered an IED' (the doer of 'trigger' may be the
# victim who set a mine off: not read as the perpetrator); associated identity actors (Students,
# Women, Farmers); PCC in Paraguay (a weak acronym tied to Brazil); types where the reading is
# arguable (ECU1 prison gang fight, HTI1 gang assault on a town, BRA3 police raid, BOL1, CHL1).
HOLDOUT24_FLOORS = {
    **HOLDOUT24_FIRST, "type_ok": 0.876, "sub_type_ok": 0.799, "fatalities_ok": 0.953,
    "admin1_ok": 0.968, "admin1_unit_ok": 0.999, "location_ok": 0.907, "actors": 0.849,
    "perpetrator_ok": 0.869, "attribution_ok": 0.799,
}
HOLDOUT24_FLOORS_NO_SOURCE = dict(HOLDOUT24_FLOORS)


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "first", "floors"), [
    (False, HOLDOUT24_FIRST, HOLDOUT24_FLOORS),
    (True, HOLDOUT24_FIRST_NO_SOURCE, HOLDOUT24_FLOORS_NO_SOURCE),
])
def test_holdout24_figures_hold(drop_source: bool, first: dict[str, float],
                                floors: dict[str, float]) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("hold-out 24", load_fixture(HOLDOUT24), drop_source, first, floors)
    assert not low, f"below the floor: {low}"
