"""Summaries 3: a third round of short incident summaries in the style of another database (GTD),
written for issue #14 (types, perpetrators, attribution, counts and dates beyond the dev data).

tests/fixtures/generalisation/summaries3.jsonl holds 30 entries written for it (England 1974,
Italy, West Germany, Turkey, Greece, Chechnya/Russia, Algeria, France, Sri Lanka, Kashmir,
Punjab, the Philippines, southern Thailand, Peru, Nicaragua, Guatemala, Lebanon, the West Bank,
Iraq, Pakistan, Nigeria, Somalia, the United States, Japan; 1974-2019): unknown perpetrators, a
claim in a note, a letter, a call or a video, "authorities suspected", "police blamed ...,
which denied involvement", a hoax-like claim the named group denied, two groups claiming one
attack, kidnappings with demands, a hijacking, assassinations, a facility set on fire, attacks in
which the attackers died ("a guard and the bomber were killed"), dates as "MM/DD/YYYY:" lead-ins
and as "On April 19, 1995," in the text, approximate counts ("at least", "more than",
"dozens"). The expected values were written and committed before the pipeline first ran on them
(commit ce678fa). ``expect.not_perpetrators`` names groups the text names that did not do it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from generalisation_score import FIXTURE
from test_generalisation_summaries2 import check_summaries

SUMMARIES3 = FIXTURE.parent / "summaries3.jsonl"
# First run (expected values committed before it):
FIRST = {
    "detected": 0.967, "type_ok": 0.9, "sub_type_ok": 0.9, "date_ok": 0.967,
    "no_invented_ok": 1.0, "precision_ok": 0.967, "fatalities_ok": 0.967, "country_ok": 0.967,
    "admin1_ok": 0.733, "admin1_unit_ok": 0.933, "location_ok": 0.962, "actors": 1.0,
    "perpetrator_ok": 0.857, "attribution_ok": 1.0, "wrong_perpetrators": 0,
}
# Floors, after the rules of tests/test_counts_one_beside_group.py ("a guard and the bomber were
# killed": TUR3), tests/test_summaries3_rules.py ("dozens of PKK militants raided": TUR2),
# tests/test_events_blast_at_rally.py (a suicide bombing during a rally: LKA3) and
# tests/test_attribution_disguise_hostage.py (hostages held are no accused doers: DZA2). Still
# missed: LBN2 ("forced a journalist out of his car and drove off with him" is read as no
# incident), IRQ3 (the bare plural "Explosions destroyed the dome" is scored generic, so the later
# "the attack" types it; "al-Qaida in Iraq" comes out as al-Qaeda), ITA3 (the Armed Revolutionary
# Nuclei is no actor the pipeline finds); admin1 misses are the geoparser's names
# (Stavropol'skiy kray, Western Province, Eastern Visayas, Mimaropa, Jubbada Hoose, Hebron).
FLOORS = {**FIRST, "type_ok": 0.933, "sub_type_ok": 0.95, "fatalities_ok": 1.0,
          "perpetrator_ok": 0.893}


@pytest.mark.slow
def test_summaries3_figures_hold() -> None:
    """GTD-style summaries, round 3: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 3", Path(SUMMARIES3), FIRST, FLOORS)
