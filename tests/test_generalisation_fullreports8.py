"""Full reports 8: who did it, in long mixed-case reports of 1985-2012 conflicts (#14).

tests/fixtures/generalisation/fullreports8.jsonl holds 24 reports of 290-370 words written for
this round as wire agencies and newspapers of the time wrote them (datelines "ALGIERS, Nov 17
(Reuters) -", "From Our Correspondent in Lima", "By Our Ireland Correspondent", an Indian paper's
"Dibrugarh, April 10:") on conflicts outside MUC-4's region and years: Algeria's GIA, Egypt's
Gamaa Islamiya, Peru's Shining Path and MRTA, Colombia's AUC and ELN, ETA, the Provisional IRA and
the UVF, a Corsican group nobody knew, the PKK, November 17, the LTTE, Lashkar-e-Taiba, ULFA,
Nepal's Maoists, the NPA, Abu Sayyaf, GAM, Dagestan's underground, the LRA, the RUF, Islamic Jihad
and the Islamic State of Iraq (1990-2010). Each has its main incident and other material: claims
by statement, fax, codeword, leaflets, a caller "who said he spoke for" a group, a videotape and a
website; suspicions ("bore the hallmarks of", "police suspect"); the blamed group's denial; a
group blamed first and another claiming; groups named later only by acronym or as "the rebels";
tolls that rise; background attacks of other years; reactions. Keys as in full reports 6:
``expect`` (ACLED fields and perpetrator roles), ``gold`` (MUC-4 templates), ``not_perpetrators``.
The keys were committed before the pipeline first ran on them (commit 759c834).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports6 import check_measured

FULLREPORTS8 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports8.jsonl"
# First run (answer keys committed before it; main at a92a41a, release 0.18.0). Role names of
# three letters (GIA, AUC, ELN, ETA, IRA, UVF, PKK) match only exactly in generalisation_score, so
# they were spelled out after the run (commit after 759c834); these figures are the first run
# re-measured with them, the same code:
FIRST = {
    "detected": 1.0, "type_ok": 1.0, "sub_type_ok": 0.917, "date_ok": 0.833, "no_invented_ok": 1.0,
    "precision_ok": 0.917, "fatalities_ok": 0.75, "country_ok": 1.0, "admin1_ok": 0.875,
    "admin1_unit_ok": 0.917, "location_ok": 0.75, "actors": 0.667, "perpetrator_ok": 0.75,
    "attribution_ok": 0.722, "muc_precision": 1.0, "muc_recall": 0.958, "muc_f1": 0.979,
    "muc_perpetrator_recall": 0.75, "muc_attribution_on_found": 0.778, "muc_incident_type": 0.913,
    "muc_country": 1.0, "wrong_perpetrators": 5,
}
# Misses of the first run, by cause: claims unread: "the group's military wing had carried out the
# attack" read as Egypt's army (EGY1); "said in a statement ..., using a recognised codeword, that
# its unit had detonated the device", the that-clause hung on "codeword" (GBR1, and SLE1's "told
# the BBC by satellite telephone that"); "a rebel commander said on local radio that the NPA had
# carried out the attack" (PHL1); "said one of its knights had driven the car into the market"
# (IRQ1). Groups the KB lacked or named without their acronym: the Provisional IRA, UVF (named
# first in full, later "the UVF"), ETA, GIA, GAM, AUC, RUF, and "the Tigers" for the LTTE (GBR1,
# GBR2, ESP1, DZA1, IDN1, COL1, SLE1, LKA1). "In September last year", 14 months back, made the
# primary incident (DZA1). "Dibrugarh, April 10: ... this evening", printed on April 11, dated
# by the paper's day (IND2). The army's first blame on the FARC kept beside the ELN's claim
# (COL2); "Castano denied that his men had been there and said the farmers were killed by the
# FARC" made the FARC "denied" (COL1).
# Floors, after the rules of this round (tests/test_fullreports8_rules.py).
# Still missed: denials of the blamed group ("The PKK denied the accusation", "denied that the
# movement's fighters had killed the workers"; TUR1, IDN1, COL1) left as they are, since MUC-4
# scores an accused group's denial as SUSPECTED OR ACCUSED (see full reports 6); tolls (PER2,
# GBR2, ISR1 the bomber counted twice, RUS1 the attacker killed not counted, PHL1); places: a
# dateline or a speaker's town for the incident's (COL1 Medellin, COL2 Arauca, NPL1 a district of
# another sentence, IDN1 Pidie of a background attack).
# One deed, one event (deed21, tests/test_one_deed_rules.py): GBR1's claim ("its unit had
# detonated the device", sent to a Belfast newsroom), EGY1's passer-by and SLE1's civilians, whom
# the leads already counted, and ISR1's claim to a Beirut channel no longer make second incidents.
# attr21 (tests/test_attr21_rules.py): November 17, a name that reads as a date, is read as the
# group where the sentence uses it as a name (GRC1 claimed); a denying group's counter-accusation
# of the army ("accused military deep penetration units of staging the blast", LKA1, TUR1) no
# longer makes the army a doer (not scored here: the keys list no not_perpetrators for them).
FLOORS = {**FIRST, "date_ok": 0.958, "precision_ok": 1.0, "fatalities_ok": 0.792,
          "actors": 0.812, "perpetrator_ok": 0.958, "attribution_ok": 0.87,
          "muc_perpetrator_recall": 0.833, "muc_attribution_on_found": 0.9}


@pytest.mark.slow
def test_fullreports8_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 8, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS8, "full reports 8", FIRST, FLOORS)
