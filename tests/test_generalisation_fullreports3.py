"""Full reports 3: perpetrators and attribution on 20 more whole mixed-case news reports (#14).

tests/fixtures/generalisation/fullreports3.jsonl holds 20 news reports of 250-320 words written
for this round on conflicts and countries the first two sets lack (Haiti, Israel, Ukraine,
Northern Ireland's loyalists, Chechnya, Sri Lanka's war, Kashmir, Kabul, Quetta and Swat,
Myanmar's Sagaing, the Philippines' communists, Iraq's protests, Ciudad Juarez, the Niger Delta,
central Somalia, Aden; and Peru, Afghanistan, North Ossetia, Bangladesh with no incident of their
own; 1993-2022), plus ALL-CAPS wire copies of four of them (ids ending -CAPS), in the MUC-4 gold
format: a perpetrator stated as fact; claimed in a video, on Twitter and by phone, in a leaflet
and an anonymous call, on Facebook, by email, on television; suspected by prosecutors, by
analysts, by a rival ("saboteurs sent by the SBU"); blamed by the army and denied by the group;
"no group has claimed" with officials' suspicion; two incidents by two groups (Quetta and Swat,
Aden); groups as victims (a separatist commander killed); a state force as perpetrator
(helicopters firing on a school, troops shooting protesters); and reports whose only violence is
historical or which tell none (a court verdict, peace talks, an anniversary, an election speech
recalling "attacks in the past"). The answer keys were written and committed before the pipeline
first ran on them (commit 3400691). ``not_perpetrators`` names groups a report names that did
not do its incident. The scoring is the first set's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports import check_fullreports

FULLREPORTS3 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports3.jsonl"
# First run (answer keys committed before it; release 0.13.0). Wrong perpetrators: NIR1 (the IRA of
# the earlier Shankill bombing), AFG1 (NATO, whose helicopters ended the siege), BGD1, PER1-CAPS.
FIRST = {
    "precision": 0.857, "recall": 0.947, "f1": 0.9, "perpetrator_recall": 0.714,
    "attribution_on_found": 0.8, "incident_type": 1.0, "country": 0.9,
    "wrong_perpetrators": 4,
}
# Misses of the first run: RUS2 (an anniversary: "marked ten years since the hostage siege in
# which 334 people died") and BGD1 (a speech "recalling the 2016 siege of a cafe ... in which
# gunmen killed 22") kept as news; RUS1 ("bore the hallmarks of followers of the Islamic State"),
# LKA1 ('"This is the work of the LTTE," a military spokesman told reporters'), MEX1
# ("investigators believed the killers belonged to La Linea, the armed wing of the Juarez
# cartel"), UKR1 ("saboteurs sent by the SBU"), HTI1 (a gang leader's video claim, "his men were
# holding the passengers") missed; NIR1 (the IRA's claim of the bombing the shooting avenged),
# AFG1 (NATO, whose helicopters fired on the attackers) and PER1-CAPS wrong perpetrators.
# Floors, after the rules this round led to, each tested on sentences written for several
# countries (tests/test_background_counted_back.py, tests/test_background_occasions_oaths.py,
# tests/test_attribution_fullreports3_rules.py): a deed years are counted from, or named by an
# earlier year through the phrase a relative clause hangs on, is background (RUS2, BGD1); the
# hallmarks of a group's followers suspect the group (RUS1); a pointing pronoun's "this is the
# work of X" accuses X (LKA1 and its capitals copy). Still missed: MEX1 (the lead's "Juarez drug
# cartel" is read as an unnamed group: resolve/actors; the belonging rule itself now reads the
# sentence), UKR1 (the SBU is no actor mention: resolve/actors), HTI1 (the parse hangs "a man who
# identified himself as the leader" on "WhatsApp", leaving "said" without a subject), IRQ1
# (security forces shooting protesters is ACLED's excessive force, no MUC-4 type, as NPL1 of
# full reports 2), PAK1 and YEM1 (two bombings in one report are one event: extract/events),
# NIR1 (a distal "that bomb" claim: tried, but it also drops YEM1's "IS claimed that attack" of
# the report's own second bombing), AFG1's NATO, PER1-CAPS ("the mother of a village mayor killed
# by the rebels" kept as news in capitals only).
FLOORS = {**FIRST, "precision": 0.947, "f1": 0.947, "perpetrator_recall": 0.809,
          "attribution_on_found": 0.882, "wrong_perpetrators": 2}
# Second pass (tests/test_incidents_told_apart.py, tests/test_attribution_responders.py and the
# others of that round): PAK1 and YEM1 are two incidents each; NATO, whose helicopters fired on
# the attackers, is no longer AFG1's perpetrator.
# cause24 (tests/test_cause24_rules.py): case restoration wrote the dateline "Lima, Oct 13 (AP) -
# a Peruvian court", which the parser ran into the lead, so the lead's Friday dated the mayor's
# killing; written as mixed-case copy writes it ("LIMA, ... - A"), PER1-CAPS reads as PER1 (quiet).
FLOORS = {**FLOORS, "precision": 1.0, "f1": 0.973, "wrong_perpetrators": 0}


@pytest.mark.slow
def test_fullreports3_figures_hold() -> None:
    """MUC-4 figures on full reports 3, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS3, "full reports 3", FIRST, FLOORS)
