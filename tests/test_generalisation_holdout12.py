"""Hold-out 12: short news items from 2025-2026 about actors and places the dev files lack.

24 short newsroom items (tests/fixtures/generalisation/holdout12.jsonl), two to four sentences
each, written for this round: lone attackers (stabbings, a vehicle ramming, shootings) in the
United Kingdom, Germany, the United States, Australia, France and Canada; gang and cartel violence
in Haiti, Ecuador, Mexico, Honduras, the Cape Flats and Jamaica; drone and missile strikes in
Ukraine, Russia, Sudan, Myanmar and Yemen; violence around elections in Bangladesh, Pakistan,
Mozambique and Tanzania; arrests of journalists in Georgia and Uganda. Several end with the
responders ("before police officers shot him dead", "officers fired at the car and arrested the
driver"), who must not become the perpetrators. Fed as id, text, published and source only.
Their expected values were written and committed before the pipeline first ran on them; the
rules their failures led to are tested on sentences for several countries in
tests/test_holdout12_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT12 = FIXTURE.parent / "holdout12.jsonl"
# The first measurement (integration branch of session 16, before any rule written for this round):
HOLDOUT12_FIRST = {
    "detected": 1.0, "type_ok": 0.917, "sub_type_ok": 0.875, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.958, "country_ok": 1.0,
    "admin1_ok": 0.833, "admin1_unit_ok": 0.958, "location_ok": 0.917, "actors": 0.907,
    "perpetrator_ok": 0.789, "attribution_ok": 1.0,
}
# Floors: after the rules in tests/test_holdout12_rules.py. AUS1's "a teenager armed with a knife
# wounded three people" is an attack, not the arrest that follows it; UGA1's journalists arrested
# while "covering an opposition campaign rally" are an arrest, not a protest with intervention;
# HTI1's "Gunmen from the Gran Grif gang" makes the gang the perpetrator (its name keeps the word
# "gang", so the actor label is still counted a miss); YEM1's "Israeli warplanes struck" stays an
# air/drone strike against the model's missile attack (read from "missile launches by the Houthis",
# the strikes' cause); MEX1's "drones operated by the Jalisco New Generation Cartel dropped
# explosives" makes the cartel the doer (the army had been read from the bare "drones"). Still
# missed: DEU1 (the ramming driver is no actor and "Officers fired at the car" makes the police
# the perpetrators), JAM1 (the men who fired on the team are no actor), USA1 (the gunman shot dead
# by police is not counted among the dead: expected 4, got 3).
# Place misses are left to the geoparser: DEU1 'Hessen' for Hesse, MEX1 'Michoacan' placed at a
# village in Chiapas, MMR1's Myinmu unknown (placed at Sagaing Region), BGD1 'Chattogram' for
# Chittagong, MOZ1 'Maputo' province for Maputo City.
# Hold-out 14 taught Russian admin1 names as ACLED's records write them ('Rostov Oblast', 'Omsk
# Oblast', 'Moscow Oblast' in acled_train and acled_dev2020), so RUS1's Saratov is now 'Saratov
# Oblast' where this fixture wrote 'Saratov': the floor for admin1 is one line lower.
HOLDOUT12_FLOORS = {
    **HOLDOUT12_FIRST, "type_ok": 1.0, "sub_type_ok": 1.0, "actors": 0.93,
    "perpetrator_ok": 0.947, "admin1_ok": 0.792,
}


@pytest.mark.slow
def test_holdout12_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT12)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 12, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT12_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT12_FLOORS[k]}
    assert not low, f"below the floor: {low}"
