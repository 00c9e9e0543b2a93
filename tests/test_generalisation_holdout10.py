"""Hold-out 10: long news reports as a newsroom feeds them, first and now figures.

16 multi-paragraph wire and newspaper reports (tests/fixtures/generalisation/holdout10.jsonl),
200-450 words each, written for this round about Somalia, Pakistan, Bangladesh, Myanmar, the
Philippines, Colombia, Serbia, Mali, Ukraine, Gaza, Iraq, Ethiopia, Burkina Faso, Germany, Mexico
and Russia (2023-2025), fed as id, text, published and source only. They carry the structures that
break pipelines: a lead then a paragraph continuing the same attack at a named site, follow-ups
(attackers killed, arrests the next day), a claim in a later paragraph, a quoted official blaming
a group, background on earlier attacks and a war's toll, a second smaller incident in another town
the same day, a dateline city that is not the scene, state forces and countries as attackers, and
reports whose only incident is a protest or a handover of a base. Their expected values (the
primary event's ACLED fields, perpetrators and attribution) were written and committed before the
pipeline first ran on them; the rules their failures led to are tested in
tests/test_holdout10_rules.py.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT10 = FIXTURE.parent / "holdout10.jsonl"
# The first measurement (integration branch after 0.13.0 + hold9 + own15, before any rule written
# for this round):
HOLDOUT10_FIRST = {
    "detected": 0.938, "type_ok": 0.75, "sub_type_ok": 0.688, "date_ok": 0.812,
    "no_invented_ok": 1.0, "precision_ok": 0.875, "fatalities_ok": 0.938, "country_ok": 0.938,
    "admin1_ok": 0.438, "admin1_unit_ok": 0.812, "location_ok": 0.812, "actors": 0.871,
    "perpetrator_ok": 0.857, "attribution_ok": 0.917,
}
# Floors: after the rules in tests/test_holdout10_rules.py. MMR1's "at about 10 a.m." no longer
# dates it October 2022 (an hour read as a month); BFA1's claim "in a statement released ... on
# Sunday" no longer dates the Saturday attack; SOM1's "NAIROBI, Aug 13 (Reuters) - Al Shabaab
# militants killed ..." keeps its subject (spaCy hung it from the dateline) and its "attack began
# when a suicide bomber drove into the gate" makes it a suicide bomb; "the al Qaeda-linked group"
# and "al Qaeda's affiliate" no longer give al Qaeda the claims (SOM1, BFA1); RUS1's "accused
# Ukraine of firing rockets" names Ukraine's forces, accused; PAK1's "main road leading into the
# town of Bannu" is its place, not the separate attack's Dera Ismail Khan; BFA1's "The government
# in Ouagadougou" is no scene (placed at Kaya, 37 km from Barsalogho, which the gazetteer lacks).
# attribution_ok falls from 0.917 (11 of 12 found) to 0.857 (12 of 14) only because two more
# perpetrators are found: SOM1's Al Shabaab is 'confirmed' by the lead although the group claimed
# the raid later (the claimant "The al Qaeda-linked group" is not read back to it while a named
# doer exists), and PHL1's "Army commanders blamed the attack on ... BIFF" reads 'accused' where
# 'suspected' was expected (the key says 'accused' since attr21, the other fixtures'
# convention). Still missed: MLI1's handover of a UN base (no trigger for "pulled out
# of their base ... and handed it over"), PSE1's "Israel struck a school" typed an armed clash by
# the model and placed in Deir El Balah (ACLED's admin1 Gaza Strip), BFA1 typed a battle with the
# claim's "hundreds of fighters" as its toll, COL1's drone strike in another town giving the
# primary its sub-type, and admin1 names the gazetteer spells otherwise (Jubbada Hoose, Odessa,
# Iqlim Kurdistan, Amara, Nordrhein-Westfalen, Belgorodskaya oblast').
# Tolls round (cnt20): BFA1's claimed "hundreds of fighters" (told in a clause on the group's
# statement) yields to the official count, so fatalities 0.938 -> 1.0.
HOLDOUT10_FLOORS = {
    **HOLDOUT10_FIRST, "fatalities_ok": 1.0, "type_ok": 0.812, "sub_type_ok": 0.75, "date_ok": 0.938,
    "precision_ok": 0.938, "admin1_ok": 0.5, "admin1_unit_ok": 0.875, "location_ok": 0.938,
    "actors": 0.903, "perpetrator_ok": 1.0, "attribution_ok": 0.857,
}


@pytest.mark.slow
def test_holdout10_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT10)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 10, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT10_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT10_FLOORS[k]}
    assert not low, f"below the floor: {low}"
