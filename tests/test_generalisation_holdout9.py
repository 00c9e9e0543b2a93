"""Hold-out 9: ACLED-style analyst notes from regions, years and outlets the dev files lack.

40 terse notes (tests/fixtures/generalisation/holdout9.jsonl) written for this round, the way
ACLED analysts write them ("On 12 May 2021, ... 3 fatalities.", "on or around", "on the weekend
of", "[size=...]", "no injuries reported"), about India, Pakistan, Bangladesh, Nepal, Sri Lanka,
Afghanistan, Myanmar, the Philippines, Thailand, Indonesia, Cambodia, Vietnam, China, Japan,
South Korea, Kazakhstan, Kyrgyzstan, Mexico, Brazil, Colombia, Peru, Haiti, Chile, Jamaica, the
United States, the United Kingdom, France and Papua New Guinea, dated 2019 to 2025, with national
press, foreign outlets, NGOs, Twitter and several sources joined by "; " as the source. They
cover all six ACLED event types and 21 sub-event types. Their expected values were written and
committed before the pipeline first ran on them; the rules their failures led to are tested on
sentences for several countries in tests/test_holdout9_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT9 = FIXTURE.parent / "holdout9.jsonl"
# The first measurement (release 0.13.0, before any rule written for this round):
HOLDOUT9_FIRST = {
    "detected": 1.0, "type_ok": 0.95, "sub_type_ok": 0.825, "date_ok": 0.897,
    "no_invented_ok": 1.0, "precision_ok": 0.875, "fatalities_ok": 1.0, "country_ok": 0.975,
    "admin1_ok": 0.675, "admin1_unit_ok": 0.9, "location_ok": 0.875, "actors": 0.891,
    "perpetrator_ok": 0.8, "attribution_ok": 1.0,
}
HOLDOUT9_FLOORS = {**HOLDOUT9_FIRST}


@pytest.mark.slow
def test_holdout9_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT9)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 9, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT9_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT9_FLOORS[k]}
    assert not low, f"below the floor: {low}"
