"""Full reports 11 and summaries 11: who did it, on reports and summaries unseen (#14, round 11).

tests/fixtures/generalisation/fullreports11.jsonl holds 24 wire-style reports of 200-265 words
written for this round (AFP, Reuters, AP, Al Jazeera, RFE/RL, the Irrawaddy, the Jakarta Post,
bdnews24, ABC Color, La Prensa, Los Tiempos, the Libya Herald, TAP, Radio Ndeke Luka, ...;
2011-2025) on countries earlier fixtures use little (Benin, Chad, Cameroon, the Central African
Republic, Ethiopia, Tunisia, Jordan, Tajikistan, Iran, Bangladesh, Myanmar, Indonesia, Paraguay,
Honduras, Togo, Burundi, Libya, Bolivia, Saudi Arabia): 19 with a primary incident among
background paragraphs, quotes and a second incident, its doer claimed (JNIM on Telegram, Amaq,
Jaish al-Adl's Telegram channel, "the Arakan Army said its fighters", RED-Tabara "took
responsibility" on X, EPP pamphlets, the Houthis' spokesman on television, an unknown "Sons of
Fezzan Brigade" in a video, a "Tupac Katari Peasant Command" by telephone to a radio station; the
last two no knowledge base holds), blamed or suspected by officials (Boko Haram by Chad's
president, 3R, the Okba Ibn Nafaa Battalion, MIT, JMB), stated as fact (MS-13), hedged ("No group
has claimed the attack, but it bore the hallmarks of JNIM") or denied (the OLA, the Ambazonia
Defence Forces, the Islamic Renaissance Party); five pages of no incident (a verdict, a peace deal,
an anniversary, a threat, a security plan). tests/fixtures/generalisation/summaries11.jsonl holds
25 GTD-style summaries. Keys committed before the first run (commit cfa5cda).

Misses of the first run, by cause. Fixed (tests/test_fullreports11_rules.py): "OLA spokesman X
denied the accusation" was no denial ("accusation" was not among the things a group denies its
part in; ETH1); "Houthi military spokesman Yahya Saree said ... that the rebels had fired
missiles" no claim (a group's own speaker calling its men "the rebels"; SAU1); "in the 1990s" read
as a day of the report's week, so a background sentence of the 1990s made BOL1's primary incident.
Still missed: a blame or claim sentence lent to another incident (TJK1: the claim to the police
operation that killed four suspects; BGD1: JMB to the arrests; CMR1: the accusation sentence made
an incident of its own) or a cumulative background made the primary ("Dozens of soldiers ... have
been killed there since then", TUN1); "X, which it accused of organising the attack" read as no
accusation (TJK1); the KB reads the Ambazonia Defence Forces as "Ambazonian separatists" (CMR1);
types (TCD1's 92 soldiers as Violence against civilians, SAU1's missile strike as property
destruction, BOL1's ambush as a riot, JOR1's siege as an attack on civilians); three quiet pages
made events (TCD2's peace deal as an agreement, IDN2's "killed hundreds of militants" since 2002,
now a tally, PRY2's hostage "kidnapped in September" still held); wrong perpetrators from generic statements
("some analysts said the scale pointed to that faction", "Fano have also been accused of
killing"). CAF1's key spells 3R "3R: Return, Reclamation and Rehabilitation", which does not
match the KB's "Return, Reclamation, Rehabilitation" the pipeline finds (accused, as keyed). Two
keys disagree with this project's convention, kept as committed: IDN1 and
summaries' HND1 have accused for "police suspected X" (the convention is suspected), and
summaries' SSD1 accused for "X was responsible, according to the government" (confirmed).
Summaries also miss "while Tunisian officials blamed X" (TUN1), "The Tripoli Province of the
Islamic State claimed" (LBY1, read as no actor of the deed), "United States officials blamed Iran"
(SAU1) and EGY1's "assailants carried the flag of the Islamic State".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_generalisation_summaries2 import check_summaries

from tests.test_generalisation_fullreports6 import check_measured

HERE = Path(__file__).parent / "fixtures" / "generalisation"
FULLREPORTS11 = HERE / "fullreports11.jsonl"
SUMMARIES11 = HERE / "summaries11.jsonl"
# First run (main at 9cd9e9d, release 0.23.0 and its review fixes; keys at cfa5cda):
FIRST = {
    "detected": 1.0, "type_ok": 0.789, "sub_type_ok": 0.684, "date_ok": 0.947,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.579, "country_ok": 0.947,
    "admin1_ok": 0.789, "admin1_unit_ok": 0.842, "location_ok": 0.778, "actors": 1.0,
    "perpetrator_ok": 0.762, "attribution_ok": 0.75, "quiet": 0.4, "muc_precision": 0.895,
    "muc_recall": 0.895, "muc_f1": 0.895, "muc_perpetrator_recall": 0.789,
    "muc_attribution_on_found": 0.867, "muc_incident_type": 0.941, "muc_country": 0.941,
    "wrong_perpetrators": 4,
}
SUMMARIES_FIRST = {
    "detected": 1.0, "type_ok": 0.76, "sub_type_ok": 0.76, "date_ok": 1.0, "no_invented_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 0.96, "country_ok": 1.0, "admin1_ok": 0.76,
    "admin1_unit_ok": 0.88, "location_ok": 0.696, "actors": 1.0, "perpetrator_ok": 0.815,
    "attribution_ok": 0.909, "wrong_perpetrators": 0,
}
# Now (this round's rules): fatalities 0.632, attribution 0.875, MUC-4 attribution on found 0.933.
# Quiet pages (tests/test_quiet_pages_rules.py): IDN2's "have since arrested or killed hundreds of
# militants" is a tally and its "a cell planning attacks" a deed to come, so the page is quiet
# (quiet 0.4 -> 0.6, MUC-4 precision 0.895 -> 0.944, F1 0.895 -> 0.919).
FLOORS = {**FIRST, "fatalities_ok": 0.632, "attribution_ok": 0.875,
          "muc_attribution_on_found": 0.933, "quiet": 0.6, "muc_precision": 0.944,
          "muc_f1": 0.919}
# Round 12 (tests/test_fullreports12_rules.py): "The Tripoli Province of the Islamic State claimed"
# (LBY1) and "..., while Tunisian officials blamed the Okba Ibn Nafaa Brigade" (TUN1) are read:
# perpetrator 0.815 -> 0.889, attribution 0.909 -> 0.917.
SUMMARIES_FLOORS = {**SUMMARIES_FIRST, "perpetrator_ok": 0.889, "attribution_ok": 0.917}


@pytest.mark.slow
def test_fullreports11_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 11, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS11, "full reports 11", FIRST, FLOORS)


@pytest.mark.slow
def test_summaries11_figures_hold() -> None:
    """GTD-style summaries, round 11: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 11", SUMMARIES11, SUMMARIES_FIRST, SUMMARIES_FLOORS)
