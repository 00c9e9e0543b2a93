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
# Floors: after the rules in tests/test_holdout9_rules.py. MEX1's "located and deactivated two
# improvised explosive devices" is one disrupted weapons use, no second explosion; COL2's
# "dropped explosives from drones" an air/drone strike; KHM1's arrest is the event, not the
# protest the activists "were preparing"; VNM1 (source "Radio Free Asia") is no longer placed in
# South Africa ('Free' of Free State); the typer keeps the rules' sub-event type against one it
# learned from fewer than 30 notes (IND1's agreement stays an agreement through "signed a
# memorandum of settlement"). Still missed: the riot sub-types of BGD2 (rival party supporters
# "ahead of rival rallies"), GBR1 (rioters throwing bricks at police) and BRA2 (a building
# stormed); HTI2's gangs that "would unite" (the modal drops the change; the model reads a
# transfer of territory); admin1 names the gazetteer spells otherwise (Western Province, Foryob,
# Krung Thep Maha Nakhon, Papua Tengah, Seoul-teukbyeolsi, Michoacan de Ocampo, Distrito Federal,
# Hunin Suyu, La Araucania; Jolo filed under the ARMM, not BARMM); JPN1 ("Yamato-Saidaiji station
# in Nara city" placed at Yamato, Kanagawa), BRA1 (Penha placed in Santa Catarina), MMR2 and PER1
# placed at their district; AFG2's "targeting a suspected IS-K car bomb" read as IS the target and
# no civilians, THA1's ranger patrol, CHL1's civilians (the CAM is in the KB since acts20: actors
# 0.953 -> 0.969); COL2's
# "FARC dissidents ... dropped explosives" not read as the doers. Three lines are misses of the
# expected values rather than of the pipeline: "on or around 18 August" (PAK2, MMR2, PER1) was
# written with day precision, but ACLED's training records code all 10 such notes with week
# precision on the named day (the pipeline reads a week from the named day since dates18); COL1's
# expected perpetrator "ELN" is too short for the scorer's containment match (roles need > 3
# characters), so its ELN perpetrator is not counted. They are left as committed before the run.
# JAM1's "on the weekend of 8-9 July 2023" is read since dates18 (week from the Saturday):
# precision 0.9 -> 0.925 (tests/test_dates_overnight_weekend.py).
# Since type21 (tests/test_typing21_rules.py): BGD2 (two parties' supporters clashing) is mob violence, GBR1 (rioters throwing bricks at police) a violent demonstration.
HOLDOUT9_FLOORS = {
    **HOLDOUT9_FIRST, "type_ok": 1.0, "sub_type_ok": 0.975, "date_ok": 0.923, "precision_ok": 0.925,
    "country_ok": 1.0, "admin1_ok": 0.7, "admin1_unit_ok": 0.925, "location_ok": 0.9,
    "actors": 0.969,
}


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
