"""Full reports 9: modern web news with claims, suspicions, denials and pages of no event (#14).

tests/fixtures/generalisation/fullreports9.jsonl holds 24 reports of 300-400 words written for
this round as web outlets of 2017-2025 publish them (RFI, Actuniger, Zitamar, Garowe Online,
Actualite.cd, Dawn, the Express Tribune, Amu TV, Rudaw, Al-Masdar, the Telegraph India, Myanmar
Now, the Inquirer, El Tiempo, Primicias, AyiboPost, the Kyiv Independent, NL Times, Hiiraan,
Premium Times, HumAngle, Animal Politico, El Espectador). Eighteen have a primary incident: JNIM's
claim through az-Zallaqa on Telegram, IS Sahel's and IS Mozambique's through Amaq, al-Shabaab's
on Radio Andalus, the army blaming the ADF while the Islamic State claims it, the BLA's
spokesman on Telegram, a little-known group (TJP) claiming while officials blame the TTP, which
denies; "no group has claimed ... bore the hallmarks of" IS remnants; a Houthi spokesman's claim;
police "suspected the hand of Maoists"; a Chin resistance group the KB lacks claiming on
Facebook; the NPA's command "in a statement"; the ELN denying and blaming dissidents; police
pointing to a gang the KB lacks; a gang leader's audio claim; mutual blame over a drone strike;
an Amaq claim the prosecutors doubt. Three are roundups whose first paragraph is about something
else (parliament, arrests, a night of drone attacks). Six must yield no incident (``kind``
"non-event", empty ``expect`` and templates): a verdict years later, an anniversary, a threat, an
explainer on a group's history, a deployment announced, a round of peace talks.
Keys as in full reports 6 (``expect``, ``gold``, ``not_perpetrators``); the ACLED figures are
taken over the 18 incidents, ``quiet`` is the share of the six non-events left without an event,
and the MUC-4 figures (whose relevance counts the non-events) over all 24.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports6 import check_measured

FULLREPORTS9 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports9.jsonl"
# First run (answer keys committed before it, commit 60fe4e7; main at caa03e3, release 0.19.0):
FIRST = {
    "detected": 1.0, "type_ok": 0.944, "sub_type_ok": 0.944, "date_ok": 0.889,
    "no_invented_ok": 1.0, "precision_ok": 0.944, "fatalities_ok": 0.778, "country_ok": 1.0,
    "admin1_ok": 0.889, "admin1_unit_ok": 1.0, "location_ok": 0.722, "actors": 0.75,
    "perpetrator_ok": 0.7, "attribution_ok": 0.714, "quiet": 0.333, "muc_precision": 0.895,
    "muc_recall": 0.944, "muc_f1": 0.919, "muc_perpetrator_recall": 0.778,
    "muc_attribution_on_found": 0.857, "muc_incident_type": 1.0, "muc_country": 1.0,
    "wrong_perpetrators": 0,
}
# Misses of the first run, by cause: a leader named first with his title in apposition ("Luckson
# Elan, the leader of Gran Grif, said his men had attacked") read as no claim (HTI1); "the evidence
# gathered so far pointed to members of X" parsed with "pointed" hung on "gathered" (ECU1); the
# group's own toll taken ("claimed that more than twenty 'apostate soldiers' died", SOM1; "the
# statement said the fighters had killed 'more than thirty Christians'", COD1); "overnight from
# Saturday to Sunday" undated, so a background "in May" dated the massacre (COD1); a claim's own
# account of the deed ("its fighters had 'destroyed the barracks'", "said its 'soldiers of the
# caliphate' had attacked a convoy", "detonated mines under two trucks") made a second incident
# that took the claim (BFA1, NER1 for MUC-4, MMR1); a background deed in "since January, when a
# suicide bomber killed more than 80 people" joined the news and took its place (PAK2); four of
# six pages of no incident made one: the anniversary's "weeks after gunmen seized more than 130
# pupils ... in March" (NGA3), an explainer's "camps had been targeted in air strikes" (NGA4),
# "the July arrest in the United States of" a cartel leader (MEX2), a peace round's agreement
# (COL2).
# Floors, after the rules of this round (tests/test_full9_rules.py): HTI1, ECU1, SOM1 and COD1's
# toll and date (COD1 now the night's first day, Saturday, as the code dates "the night between
# Friday and Saturday"; the key has Sunday). COD1's "in May" background and NGA3's March
# abduction now group apart from the news (an earlier month of the year), and NGA3's fronted
# "Ten years after Boko Haram fighters abducted ..." is background; NGA3 still yields the March
# abduction in Kuriga, four weeks old, which the code keeps as news (as last_year.py keeps a
# deed under a season old). Still missed: the claim-clause incidents (BFA1, MMR1, NER1 for
# MUC-4), PAK2's "since January, when ..." background, PAK1 typed a clash, NGA4, MEX2 and COL2.
# Keys that disagree with the code's conventions, left as committed: YEM1 codes the Houthis
# "Ansar Allah" where the KB gives ACLED's "Military Forces of Yemen (2016-) Supreme Political
# Council"; UKR1 codes Russia "accused" where the headline states it; COL1's ELN "denied" (MUC-4
# scores it SUSPECTED OR ACCUSED, see full reports 6).
# Quiet-reports round (tests/test_quiet24_rules.py): "the July arrest" in a September report
# names a deed of an earlier month, background now, so MEX2 is quiet: quiet 0.333 -> 0.5.
# cause24 (tests/test_cause24_rules.py): past the lead, "camps had been targeted in air strikes"
# (past perfect passive, no day, place or victims of its own) is background, so NGA4 is quiet:
# quiet 0.5 -> 0.667, MUC-4 precision 0.895 -> 0.944, F1 0.919 -> 0.944.
FLOORS = {**FIRST, "quiet": 0.667, "muc_precision": 0.944, "muc_f1": 0.944, "precision_ok": 1.0, "fatalities_ok": 0.889, "perpetrator_ok": 0.75,
          "attribution_ok": 0.8, "muc_perpetrator_recall": 0.833,
          "muc_attribution_on_found": 0.933}


@pytest.mark.slow
def test_fullreports9_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 9, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS9, "full reports 9", FIRST, FLOORS)
