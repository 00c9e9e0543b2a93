"""Full reports 10 and summaries 10: who did it, on reports and summaries unseen (#14, rep26).

tests/fixtures/generalisation/fullreports10.jsonl holds 25 wire-style reports of 170-320 words
written for this round (AFP, Reuters, AP, Premium Times, Hiiraan, Dawn, the Hindu, PTI, the
Inquirer, Rappler, El Tiempo, El Universal, the BBC, ...; 2005-2024): 21 with a primary incident
among background paragraphs, quotes and second incidents, its doer claimed (JNIM through
al-Zallaqa, al-Shabaab on Andalus radio, the Taliban's spokesman by telephone, Jamaatul Ahrar by
email, the NPA's regional command, banners signed by a cartel, Amaq), suspected ("no group has
claimed ... officials said they suspected fighters of", "bore the hallmarks of", "the main line
of inquiry", "examining possible links to"), blamed by authorities, or denied (al-Shabaab and the
SDF denying, the ELN saying it had nothing to do with it), and generic statements of other groups
that must not become perpetrators (``not_perpetrators``); four pages of no incident (a
decommissioning ceremony, a threat, a verdict, a weekly briefing). Keys as in full reports 6
(``expect``, ``gold``). tests/fixtures/generalisation/summaries10.jsonl holds 25 GTD-style
summaries ("On <date>, assailants ... No group claimed responsibility; however, ...") from Mali to
Spain. Keys committed before the first run (commit 82194ca).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_generalisation_summaries2 import check_summaries

from tests.test_generalisation_fullreports6 import check_measured

HERE = Path(__file__).parent / "fixtures" / "generalisation"
FULLREPORTS10 = HERE / "fullreports10.jsonl"
SUMMARIES10 = HERE / "summaries10.jsonl"
# First run (main at e1e8ac0, release 0.22.0 plus review fixes):
FIRST = {
    "detected": 1.0, "type_ok": 0.905, "sub_type_ok": 0.857, "date_ok": 0.857,
    "no_invented_ok": 1.0, "precision_ok": 0.905, "fatalities_ok": 0.857, "country_ok": 1.0,
    "admin1_ok": 0.81, "admin1_unit_ok": 0.952, "location_ok": 0.81, "actors": 1.0,
    "perpetrator_ok": 0.8, "attribution_ok": 0.625, "quiet": 0.5, "muc_precision": 0.952,
    "muc_recall": 0.952, "muc_f1": 0.952, "muc_perpetrator_recall": 0.762,
    "muc_attribution_on_found": 0.812, "muc_incident_type": 1.0, "muc_country": 1.0,
    "wrong_perpetrators": 1,
}
SUMMARIES_FIRST = {
    "detected": 1.0, "type_ok": 0.96, "sub_type_ok": 0.84, "date_ok": 1.0, "no_invented_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0, "admin1_ok": 0.84,
    "admin1_unit_ok": 1.0, "location_ok": 0.76, "actors": 1.0, "perpetrator_ok": 0.897,
    "attribution_ok": 0.923, "wrong_perpetrators": 0,
}
# Misses of the first run, by cause. Fixed (tests/test_fullreports10_rules.py): "the group did
# not claim it" read as a claim (summ10:NGA1); "officials said they suspected fighters of the
# Islamic State in the Greater Sahara, which has carried out a string of massacres" lost twice,
# the name's "in" phrase hung on the verb and the relative clause's massacres taken for a record
# (NER1); "President Claudia Sheinbaum, who took office on October 1, condemned the killing" made
# her a doer (MEX2); "dissidents of the former FARC guerrilla" read as the FARC (COL1);
# "investigators were examining possible links to X" no suspicion (MEX2's wording; Los Ardillos,
# which the KB lacks, is still not read as a group). Probes written beside the fixture found two
# more (same test file): "an alliance linked to al-Qaeda" made al-Qaeda a suspect, and a headline's
# "Taliban claim deadly bombing" (no article) read as a record; neither moves these figures.
# MLI1's MUC-4 template takes the unidentified attackers; read alone, its "The Group to Support
# Islam and Muslims, an alliance linked to al-Qaeda, said ..." loses JNIM's claim: the parse makes
# "to Support" a clause of its own.
# Still missed: the primary incident misplaced by a background deed or a split event (IRQ1 takes
# February's Samarra bombing; GBR1 the arrests; SOM2 the undated "killing"), a second incident's
# group leaking into the primary (AFG1: the Haqqani fighters killed in Paktika; SYR1: Russian
# strikes in Idlib), an authority's "said the attack had been carried out by X" coded confirmed
# where the key has accused (IND1, COL1, COL2), "Suspected Abu Sayyaf gunmen" suspected where the
# key has accused (PHL1), the SDF's denial for the YPG (SYR1), BFA1's claim clause made an
# incident of its own; two quiet pages made events (PHL3's ceremony, NGA3's briefing).
# Summaries: key spellings against the KB's ('Ahlu Sunnah Wal Jamaah', 'ETA', 'Russian-backed
# separatists': MOZ1, ESP1, UKR1); AFG2 "US officials attributed the attack to ISKP" is accused
# by this project's convention (the key says suspected).
# rep26b (tests/test_rep26b_rules.py): MLI1's claim sentence read alone now keeps JNIM's claim
# (the name re-headed, the apposition no second subject); MEX2's Los Ardillos is now an actor
# ("X, a gang"), but the relative clause "a gang that has long fought a rival group" makes an
# event of its own that takes it, so MEX2's roles are unchanged; AFG1's Haqqani sentence is lent
# to the event whose first sentence comes last, though the sentence before it (the Paktika
# gunbattle) is owned by the headline's event. No figure here moved.
FLOORS = {**FIRST, "perpetrator_ok": 0.85, "attribution_ok": 0.647,
          "muc_perpetrator_recall": 0.809, "muc_attribution_on_found": 0.824}
SUMMARIES_FLOORS = {**SUMMARIES_FIRST, "attribution_ok": 0.962}


@pytest.mark.slow
def test_fullreports10_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 10, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS10, "full reports 10", FIRST, FLOORS)


@pytest.mark.slow
def test_summaries10_figures_hold() -> None:
    """GTD-style summaries, round 10: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 10", SUMMARIES10, SUMMARIES_FIRST, SUMMARIES_FLOORS)
