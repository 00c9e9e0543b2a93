"""Full reports 7: attribution and facts in long modern news reports from many outlets (#14).

tests/fixtures/generalisation/fullreports7.jsonl holds 24 reports of 310-410 words written for
this round on conflicts the earlier rounds left out or barely touched (Cameroon's Anglophone
crisis, Lake Chad, Niger's Tahoua, northern Benin and Togo, Mandera, western Uganda, Gatumba,
Sabha, North Sinai, Mount Chaambi, Hakkari, Rask, Batken, Narathiwat, Puncak, Dantewada,
Srinagar, Bandarban, Christchurch, Solingen, Strabane, the VRAEM, Concepcion; 2019-2025) in the
voices of different outlets: wire leads with datelines, local papers naming officials by title,
two live blogs, an army's communique and an army's press release quoted, a UN statement, regional
outlets translated from French, Arabic, Persian and Spanish. Each has its main incident and other
material: claims through Amaq, al-Zallaqa, Shahada, Firat, Telegram, X, a pamphlet and a
codeword; a blamed group's denial ("has no hand in"), a government rejecting an accusation, an
acronym shared with another group (ADF), tolls that rise over the text, background attacks of
other years, reactions and planned marches that are no events. Keys as in full reports 6:
``expect`` (ACLED fields and perpetrator roles), ``gold`` (MUC-4 templates), ``not_perpetrators``.
The keys were committed before the pipeline first ran on them (commit bba3181).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports6 import check_measured

FULLREPORTS7 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports7.jsonl"
# First run (answer keys committed before it; main at 8f4280c):
FIRST = {
    "detected": 1.0, "type_ok": 1.0, "sub_type_ok": 1.0, "date_ok": 0.958, "no_invented_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 0.5, "country_ok": 1.0, "admin1_ok": 0.792,
    "admin1_unit_ok": 0.875, "location_ok": 0.792, "actors": 0.809, "perpetrator_ok": 0.739,
    "attribution_ok": 0.588, "muc_precision": 1.0, "muc_recall": 0.958, "muc_f1": 0.979,
    "muc_perpetrator_recall": 0.826, "muc_attribution_on_found": 0.632, "muc_incident_type": 1.0,
    "muc_country": 1.0, "wrong_perpetrators": 1,
}
# Misses of the first run, by cause: a group's own toll taken as the incident's ("saying its
# fighters had killed seven", added to the four police dead; KEN1, BEN1); a later claim by "the
# Somali militant group" left the blamed Al-Shabaab accused (KEN1); a claim by "the Darbha
# division committee of" the CPI (Maoist) (IND1) and "has admitted that its fighters killed them"
# (IDN1) read as no claim; "the mine had probably been planted by members of X" told as fact
# (TUN1); "the method used ... pointed to fighters of X" and "the Group for the Support of Islam
# and Muslims" (with "the") unread (TGO1); "In March last year" undated, so the background bomb
# joined the headline and became the primary incident (THA1).
# Floors, after the rules of this round (tests/test_fullreports7_rules.py).
# Still missed: denials ("has no hand in", "rejected the accusation"; CMR1, KGZ1) and "confirmed"
# for an official's "the attackers were X" (TCD1) left as they are, since MUC-4 scores an accused
# group's denial and an official's identification as SUSPECTED OR ACCUSED (see full reports 6);
# a claim whose clause tells its own version of the deed ("it had targeted a border post and
# killed nine soldiers") made a second incident (BDI1); "according to the ISPR" and an army
# communique's own voice read as the report's (BGD1, PER1); "the Islamic State group's Sinai
# branch" read as the Islamic State (EGY1); the hedged mine sentence grouped with a 2019 mine
# (TUN1); "People's Defence Forces (HPG)" read as Turkey's army (TUR1); tolls: doubled counts
# (IND1 22, PER1 14), "the number of people killed had risen to 11" three paragraphs on (UGA1),
# the live blog's "the count rises to 50" (NZL1). BEN1's "Islamic State Sahel Province has also
# been blamed for some killings" no longer names a suspect (blamed_records.py).
# attr20 round: "according to the ISPR" and the KNF's silence ("has not commented on the attack")
# make BGD1's KNF accused; TCD1's "There was no claim of responsibility", six paragraphs on and
# of no other deed, makes the governor's "the attackers were Boko Haram fighters" an accusation
# (tests/test_attr20_rules.py): attribution 0.700 -> 0.800, MUC-4 attribution 0.789 -> 0.842.
# Tolls round (cnt20, tests/test_cnt20_rules.py): the headline's, the first reports' and the
# claimed figures yield to the body's, and a running total replaces what it restates (IND1, LBY1,
# CMR1, KEN1, UGA1, BEN1). Still missed: KGZ1 (the other side's account of a death in Vorukh),
# IND2 (a commander killed "on Saturday", another incident), NZL1 (the live blog's tolls go to a
# second incident), PER1 (the two found dead counted beside the seven they complete).
FLOORS = {**FIRST, "date_ok": 1.0, "fatalities_ok": 0.833, "admin1_ok": 0.833,
          "admin1_unit_ok": 0.917, "location_ok": 0.833, "actors": 0.851, "perpetrator_ok": 0.87,
          "attribution_ok": 0.8, "muc_attribution_on_found": 0.842, "wrong_perpetrators": 0}


@pytest.mark.slow
def test_fullreports7_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 7, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS7, "full reports 7", FIRST, FLOORS)
