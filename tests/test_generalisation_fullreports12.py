"""Full reports 12 and summaries 12: who did it, on reports and summaries unseen (#14, round 12).

tests/fixtures/generalisation/fullreports12.jsonl holds 20 wire-style reports of 300-390 words
written for this round (Reuters, AFP, AP, Al Jazeera, BBC, RFE/RL, The Star, The East African,
El Comercio, GhanaWeb; 2003-2024) on countries earlier fixtures use least (Kuwait, Bahrain,
Tanzania, Ivory Coast, Morocco, Malaysia, Rwanda, Djibouti, Mauritania, Angola, Laos, Sweden,
Oman, Equatorial Guinea, Peru, Ecuador, Belgium, Guinea, Uzbekistan, Ghana): 16 with a primary
incident among quotes and background paragraphs about earlier attacks, its doer claimed (Islamic
State's Najd Province online, "a group calling itself the al-Ashtar Brigades", "Islamic State's
media arm said", Amaq, al Shabaab, AQIM on Al-Jazeera, Flec-PM by fax, the FLN), suspected
("No one has claimed the attack, but suspicion fell on JNIM"; "bore the hallmarks of ..." and
"police arrested members of the Oliver Sinisterra Front over the attack"; "The attack was blamed
on Hmong rebels"), accused by officials (the Shining Path, IS in Malaysia) or denied ("AQIM denied
involvement, saying"; "MEND denies any involvement"), one with no group (Stockholm); four pages
of no incident (a verdict, a second verdict, an anniversary, a policy campaign).
tests/fixtures/generalisation/summaries12.jsonl holds 25 GTD-style summaries with the same
wordings and groups outside the knowledge base (Weichan Auka Mapu, the Imam Shamil Battalion, the
Informal Anarchist Federation, the Islamic Jihad Group). Keys committed before the first run
(commit c8eb8b86); two corrected after it (commit after d2cb8bc4's first run, "Fixture keys, two
corrections"): FULL12-OMN1's text counts ten dead, keyed 9; summaries' KAZ1 killed eight police
officers, an ACLED Battles/Armed clash, keyed Violence against civilians.

Misses of the first run, by cause. Fixed (tests/test_fullreports12_rules.py, test_fought_for.py):
a background deed joined to the news, its toll, place and claim with it: "It is the first such
attack ... since March 2016, when gunmen killed 19 people ..., an attack claimed by al Qaeda in
the Islamic Maghreb" (CIV1: AQIM a wrong perpetrator; MAR1's "since May 2003, when 12 suicide
bombers struck" dated the day of the report), "On the same day, a gunman killed 38 people at a
beach resort in Sousse in Tunisia" (KWT1: 38 dead), "The attack was similar to those in Nice last
July, in which 86 people were killed" (SWE1: Germany, 86 dead); "The attack was blamed on X" with
no blamer read as an accusation (LAO1, summaries' NPL1, MOZ1; "X was blamed for the attack" was
already a suspicion); "The attack was blamed on Los Zetas; La Familia Michoacana denied
involvement" made Los Zetas a denier's counter-accusation (MEX1); "Police said the New IRA was the
main line of inquiry" no suspicion (GBR1). From earlier rounds, on sentences of this round's
kind: "The Tripoli Province of the Islamic State claimed" (summaries 11 LBY1) and "..., while
Tunisian officials blamed the Okba Ibn Nafaa Brigade" (summaries 11 TUN1) are read; "the rebel
group fighting for an independent homeland" opens no battle (full reports 5 LKA1).
Still missed: BEL1 (the headline "Brussels attacks trial: jury convicts six" parses "attacks" as a
verb) and GHA1 ("In May, gunmen killed eight Togolese soldiers", two months before a policy page)
make events; SWE1's Berlin attack, likened to the news, keeps "Islamic State claimed both" (right
for it, and MUC-4 keys a likened deed as an incident, DEV-MUC3-1035; a rule making likened deeds
background was dropped for that); MYS1's "a Malaysian militant fighting with the Islamic State"
is parsed as a noun ("militant fighting") and makes the grenade a battle; types (PER1's ambush of
soldiers turns Violence against civilians once "condemned the attack and sent condolences to the
families of the dead" joins, AGO1, OMN1); datelines abroad (BHR1 "DUBAI, United Arab Emirates",
DJI1 "NAIROBI"); MUC-4 scores GNQ1's denial (MEND denied) against a key of authorities' suspicion.
Key spellings the pipeline's names do not match: summaries' KGZ1 "East Turkestan Islamic Movement"
(KB "Eastern Turkistan Islamic Movement"), EGY1 "Ansar Bayt al-Maqdis" (KB "Wilayat Sinai"), MOZ1
"Ahlu Sunnah Wa-Jama" (KB "Ahlu Sunnah Wa-Jamo"); PHL1 keys accused for "police later arrested
members of the Maute group over the attack" (the pipeline: suspected, as arrests are).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_generalisation_summaries2 import check_summaries

from tests.test_generalisation_fullreports6 import check_measured

HERE = Path(__file__).parent / "fixtures" / "generalisation"
FULLREPORTS12 = HERE / "fullreports12.jsonl"
SUMMARIES12 = HERE / "summaries12.jsonl"
# First run (main at d2cb8bc4, release 0.24.0 and its fixes), against the corrected keys (against
# the keys of c8eb8b86: fatalities 0.562; summaries' type 0.92, sub-event type 0.88):
FIRST = {
    "detected": 1.0, "type_ok": 0.75, "sub_type_ok": 0.688, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.625, "country_ok": 0.812,
    "admin1_ok": 0.438, "admin1_unit_ok": 0.562, "location_ok": 0.667, "actors": 1.0,
    "perpetrator_ok": 1.0, "attribution_ok": 0.867, "quiet": 0.5, "muc_precision": 0.889,
    "muc_recall": 1.0, "muc_f1": 0.941, "muc_perpetrator_recall": 1.0,
    "muc_attribution_on_found": 0.933, "muc_incident_type": 1.0, "muc_country": 0.812,
    "wrong_perpetrators": 2,
}
SUMMARIES_FIRST = {
    "detected": 1.0, "type_ok": 0.96, "sub_type_ok": 0.92, "date_ok": 1.0, "no_invented_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0, "admin1_ok": 0.8,
    "admin1_unit_ok": 0.96, "location_ok": 0.88, "actors": 1.0, "perpetrator_ok": 0.833,
    "attribution_ok": 0.92, "wrong_perpetrators": 0,
}
# Now (this round's rules): fatalities 0.750, country 0.875, admin1 0.500 (unit 0.625), location
# 0.733, attribution 0.933, MUC-4 country 0.875, wrong perpetrators 1 (SWE1's Berlin attack);
# summaries: perpetrator 0.900, attribution 0.963.
FLOORS = {**FIRST, "fatalities_ok": 0.75, "country_ok": 0.875, "admin1_ok": 0.5,
          "admin1_unit_ok": 0.625, "location_ok": 0.733, "attribution_ok": 0.933,
          "muc_country": 0.875, "wrong_perpetrators": 1}
SUMMARIES_FLOORS = {**SUMMARIES_FIRST, "perpetrator_ok": 0.9, "attribution_ok": 0.963}


@pytest.mark.slow
def test_fullreports12_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 12, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS12, "full reports 12", FIRST, FLOORS)


@pytest.mark.slow
def test_summaries12_figures_hold() -> None:
    """GTD-style summaries, round 12: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 12", SUMMARIES12, SUMMARIES_FIRST, SUMMARIES_FLOORS)
