"""Full reports 4: attribution and incidents as newsrooms write them, on 20 more whole reports (#14).

tests/fixtures/generalisation/fullreports4.jsonl holds 20 news reports of 260-310 words written
for this round on conflicts the dev files lack (Northern Ireland, the Basque Country, Kashmir,
Mindanao, Colombia, Chechnya, Turkey's Kurdish southeast, Sinai, Cabo Delgado, Balochistan,
Manipur, Papua, Niger's Tillaberi, Iraqi Kurdistan, Peru; 1988-2018), mostly by groups the actor
KB lacks, plus ALL-CAPS wire copies of four of them (ids ending -CAPS), in the MUC-4 gold format:
a claim in a later paragraph by a telephone call with a codeword to a newspaper, a communique to a
newspaper, a video, a spokesman's call to a radio station, a statement to journalists, a Twitter
account; a hedged claim ("a group calling itself X"); "no group has claimed ..., but police
suspect X"; a group's hallmarks; officials blaming a state for backing the attackers; an accusation
the group denies while blaming the security forces; suspects arrested later "belonged to" a group;
the report's own voice stating the doer; and reports with no incident of their own (a sentencing
for a 1984 massacre, an anniversary of a bombing, peace talks with the war's death toll, a
minister's threat with the group's past attacks). The answer keys were written and committed
before the pipeline first ran on them (commit bc4f4f6). ``not_perpetrators`` names groups a report
names that did not do its incident. The scoring is the first set's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports import check_fullreports

FULLREPORTS4 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports4.jsonl"
# First run (answer keys committed before it; release 0.14.0). Wrong perpetrators: NIR2 and its
# capitals copy (the UVF of the earlier bookmaker's bombing), ESP1 (ETA, named only as the maker of
# larger bombs), PER2 and its capitals copy (the Shining Path of the 1984 massacre a verdict is
# for), PAK2 (India, blamed for backing the attackers), NIR3 (the Real IRA of the anniversary).
FIRST = {
    "precision": 0.857, "recall": 0.947, "f1": 0.9, "perpetrator_recall": 0.632,
    "attribution_on_found": 0.5, "incident_type": 1.0, "country": 1.0,
    "wrong_perpetrators": 7,
}
# Misses of the first run: the dateline "SRINAGAR, India, April 16 -" (place, country and date
# each after a comma) read as an organisation doing the lead's deed (IND2, IND3, IND4, PAK2,
# IRQ2); claims by telephone read as a caller's account (NIR2: "a man using a recognised codeword
# telephoned the newsroom ... and said the INLA had carried out the shooting"; RUS3: "a man who
# introduced himself as a spokesman ... told ... by telephone that fighters of X had set off the
# bomb"; PAK2: "a man who said he was a spokesman for X called a newspaper office ... and said the
# group's fighters had planted the explosives"); ESP1's communique "in which Iraultza ... said it
# had placed the bomb" missed and ETA taken from "as ETA's attacks on property often are"; India
# named from "blamed India for backing the attackers" and "India has denied any involvement in
# Balochistan" (PAK2); the UVF of the earlier bomb "which the UVF said it had planted" the
# killing "came a fortnight after" (NIR2); IRQ2's suspects arrested later "belonged to the
# Islamic State group"; PER2's massacre "more than two decades ago" a sentence is for, and NIR3's
# "people killed by a car bomb in Omagh twenty years ago" kept as news.
# Floors, after the rules this round led to, each tested on sentences written for several
# countries (tests/test_nlp_dateline_country_and_date.py, tests/test_attribution_callers.py,
# tests/test_attribution_backers.py, tests/test_background_years_ago_and_habits.py,
# tests/test_attribution_arrested_members.py, tests/test_attribution_earlier_deed_claims.py,
# tests/test_attribution_naming_clauses.py: MOZ1's "police suspect an Islamist group that
# residents call al-Shabaab" now suspects al-Shabaab).
# Still missed: COL1 (the Guevarist Revolutionary Army is no actor mention: resolve/actors),
# IDN1 (workers "seized from their camp" and shot typed a territory taken, no MUC incident:
# typer), MOZ1-CAPS (the name is not read as al-Shabaab in capitals), EGY1 (the statement "posted on a Twitter account used by X" said "the group's
# fighters had carried out the attack": read through "the group" as confirmed, not claimed),
# TUR1 (blamed by the governor and denied: the project codes the group `denied`, which no MUC
# confidence renders), NIR3's second incident ("the time the bomb went off on a busy Saturday
# afternoon in August 1998" dated last Saturday: extract/dates).
# Quiet-reports round (tests/test_quiet24_rules.py): a weekday in a month of an earlier year is
# that month, so NIR3's bombing is 1998's and the page is quiet: precision 0.95 -> 1.0.
FLOORS = {**FIRST, "precision": 1.0, "f1": 1.0, "perpetrator_recall": 0.789,
          "attribution_on_found": 0.867, "wrong_perpetrators": 1}


@pytest.mark.slow
def test_fullreports4_figures_hold() -> None:
    """MUC-4 figures on full reports 4, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS4, "full reports 4", FIRST, FLOORS)
