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
FLOORS = dict(FIRST)


@pytest.mark.slow
def test_fullreports4_figures_hold() -> None:
    """MUC-4 figures on full reports 4, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS4, "full reports 4", FIRST, FLOORS)
