"""Full reports 2: perpetrators and attribution on 20 more whole mixed-case news reports (#14).

tests/fixtures/generalisation/fullreports2.jsonl holds 20 news reports of 250-310 words written
for this round on conflicts and countries the first set lacks (Mali, Niger, Mozambique, Yemen,
Syria, Algeria, Northern Ireland, Spain, Turkey, Thailand, Egypt, Libya, Uganda, Nepal, the
Central African Republic; and Angola, Indonesia, South Sudan, Tunisia, Burundi with no incident
of their own; 1997-2020), in the MUC-4 gold format (shared/eval/README.md, MUC-4), so
`eventcoder eval-muc FILE` scores them directly: a perpetrator stated as fact; claimed in a
video, on a website, on Telegram, in a newspaper, by a spokesman quoted by phone; suspected by
police, by analysts, by a rival; denied by the accused group; "no group has claimed" with
suspicion; two incidents by two sides in one report (one a state's air force); a group as the
victim; police killing protesters; and reports whose only violence is historical or which tell
none (an anniversary, a court verdict, peace talks, a policy speech recalling last year's
attacks, election news). The answer keys were written and committed before the pipeline first
ran on them (commit a4532c4). ``not_perpetrators`` names groups a report names that did not do
its incident: none may come out as a perpetrator. The scoring is the first set's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports import check_fullreports

FULLREPORTS2 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports2.jsonl"
# First run (answer keys committed before it; release 0.12.0). Misses: YEM1 (a spokesman's
# claim by telephone not read, another attack's claim "a similar attack in May" taken for this
# one), SYR1 (the barrel bombs on Aleppo not split from the Homs car bomb; the government read
# as claiming), GBR1 ("the main line of inquiry was that X had carried out" read as fact), NPL1
# (police firing on protesters is ACLED's excessive force, no MUC-4 type), CAF1 ("armed men
# believed to belong to the anti-balaka" an unidentified group).
FIRST = {
    "precision": 1.0, "recall": 0.933, "f1": 0.966, "perpetrator_recall": 0.8,
    "attribution_on_found": 0.833, "incident_type": 1.0, "country": 1.0,
    "wrong_perpetrators": 1,
}
# Floors, after the rules this round led to, each tested on sentences written for several
# countries (tests/test_attribution_fullreports2_rules.py, tests/test_events_contrast_clauses.py):
# a spokesman who names himself a group's and says "the group had carried out the bombing"
# claims it, and "had claimed a similar attack in May" claims another deed (YEM1); "the main line
# of inquiry was that X had carried out" is a suspicion (GBR1); "the government says it is
# fighting terrorists" owns no deed, and a "while ..." clause with its own subject is a second
# event that keeps its own actors (SYR1: the Nusra Front's claim no longer goes to both; the
# barrel bombs' "government helicopters" are not yet read as the doer). Still missed: NPL1 (no
# MUC type for police firing on protesters), CAF1 ("the anti-balaka" and "anti-balaka militias"
# are no actor mention: resolve/actors; with the singular "militia" the belonging rule gives
# Anti-balaka suspected and no extra unidentified group), SYR1's army.
# MUC-4 dev, all 1,600 reports, before -> after these rules (never fitted there): relevance P
# 0.754 -> 0.755, F1 0.803 -> 0.804 (fp 219 -> 218: "calling for the assassination of X" no
# incident), perpetrator recall 0.634 = 0.634, attribution 0.755 = 0.755, type 0.919 = 0.919.
FLOORS = {**FIRST, "attribution_on_found": 1.0, "wrong_perpetrators": 0}


@pytest.mark.slow
def test_fullreports2_figures_hold() -> None:
    """MUC-4 figures on full reports 2, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS2, "full reports 2", FIRST, FLOORS)
