"""Hold-out 25: Europe, the Caucasus, Central Asia, the Middle East, North Africa and Latin
America, 2016-2025.

60 notes (tests/fixtures/generalisation/holdout25.jsonl) written for this round from 30 countries
and territories: Ukraine, Russia, Serbia, Kosovo, Bosnia and Herzegovina, Greece, France
(Corsica), the United Kingdom (Northern Ireland), Spain, Georgia, Azerbaijan, Armenia,
Kazakhstan, Kyrgyzstan, Uzbekistan, Yemen, Syria, Iraq, Lebanon, Palestine, Israel, Iran,
Turkey, Libya, Tunisia, Egypt, Algeria, Morocco, Colombia, Mexico, Venezuela and Chile; all six
event types and 22 sub-types (among them peaceful protest, protest with intervention, excessive
force, mob violence, violent demonstration, armed clash, non-state takeover, shelling, air/drone
strike, IED, suicide bomb, grenade, attack, abduction, sexual violence, arrests, change to
group/activity, looting and property destruction, disrupted weapons use, agreement, base
established, non-violent transfer). Some open "On <date>, ...", others are outlet-style leads.
Fed as id, text, published and source only; figures with the source and without it. Expected
values were written before the pipeline first ran on them (fixture committed at 12288ff);
four corrections followed, each a misreading of the codebook or of the record's contract, not of
the pipeline: troops entering a city after the other side withdrew is a non-violent transfer of
territory, not a government regaining it in a battle (UKR4 Kherson, SYR2 Khan Shaykhun; no
perpetrator in a transfer), and "the ministry blamed Ukraine" (RUS2) and "a girl accused police
officers" (COL1) are accusations ('accused'), not suspicions. Before the corrections the first
run read type 0.833, sub-type 0.783, perpetrator 0.767, attribution 0.913. A fifth correction
(h25b): the identity group of a crowd or of the people arrested ("Students (Chile)", "Farmers
(Spain)", "Journalists (Russia)", "Labour Group (Iran)"; RUS3, ESP2, IRN2, CHL1) moves from
`actors` to `associated_actors`, where ACLED codes it: acled_train.jsonl holds 939 such labels
(Students 303, Labour Group 207, Women 124, Journalists 65, Farmers 50 ...), every one in
`associated_actors` and none in `actors`, beside "Protesters (X)", "Rioters (X)" or
"Civilians (X)"; the scorer reads `actors` only. The first run's actors were 93/106 (0.877)
before it, 93/102 after.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, floors_hold, load_fixture

HOLDOUT25 = FIXTURE.parent / "holdout25.jsonl"
# The first measurement (main at 9cd9e9d, before any rule written for this round, on the
# corrected fixture).
HOLDOUT25_FIRST = {
    "detected": 1.0, "type_ok": 0.867, "sub_type_ok": 0.817, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.933, "country_ok": 1.0,
    "admin1_ok": 0.7, "admin1_unit_ok": 0.95, "location_ok": 0.933, "actors": 0.912,
    "perpetrator_ok": 0.821, "attribution_ok": 1.0,
}
# Without the source, Sderot (ISR1) is read in Palestine; the rest is the same.
HOLDOUT25_FIRST_NO_SOURCE = {
    **HOLDOUT25_FIRST, "country_ok": 0.983, "admin1_ok": 0.683, "admin1_unit_ok": 0.933,
    "location_ok": 0.917,
}
# Floors: after the rules in tests/test_holdout25_rules.py (petrol bombs thrown at riot police
# after a march, GRC1; 'killing at least 87 detainees', YEM1; 'killing himself and 2 QSD
# members', SYR3; 'a Russian Shahed drone', UKR2; 'Haftar-aligned forces', LBY1; forces
# destroying bombs, a rule whose own note here, DZA1, destroys a hideout and stays property
# destruction as ACLED's training records code hideouts). The same less the source's places.
# Still missed, by cause:
# - admin1 spelling: the gazetteer's local forms where ACLED writes English ones (Catalunya,
#   Comunidad de Madrid, Federacija Bosne i Hercegovine, Gence, Distrito Capital, Metropolitana,
#   Corse, Odessa, Kyiv without 'City'); and training-learned names applied only from 2020, the
#   one year the non-Kenya training lines hold, so 2019 notes keep Idlib, Raqqa, Al-Hasakah and
#   Dhi Qar (a Mali line of acled_dev keeps 'Timbuktu' in 2016 and 2018, so the year gate has
#   evidence both ways: left as it is).
# - types: a gun battle at a march read a protest (LBN3); youths setting cars alight after a
#   background 'shot dead by an officer' read an attack with its death (FRA2: the parse finds
#   no trigger in the riot clause, so the shooting is the only incident); a journalist
#   detained for a repost read a protest (RUS3); a sexual abuse claim (COL1); a state of
#   emergency (UZB1); unidentified men ransacking an office read mob violence (VEN1); a Houthi
#   takeover read a government's (YEM2: the training records code both).
# - actors: KFOR is read as the mission (h25b) but under its acronym, not ACLED's full label
#   (KOS1); UN staff as an actor (YEM4); FLNC's label; a branch given where ACLED writes the base
#   label (IRQ1).
# - fatalities: 'one blew himself up and the other was shot dead' counts one (TUR1).
# h25b (tests/test_holdout25b_rules.py): 'protesters clashed with KFOR troops ... threw Molotov
# cocktails and stun grenades' is a violent demonstration with KFOR, not a battle with Kosovo's
# army (KOS1).
HOLDOUT25_FLOORS = {
    **HOLDOUT25_FIRST, "type_ok": 0.899, "sub_type_ok": 0.849, "fatalities_ok": 0.966,
    "actors": 0.94, "perpetrator_ok": 0.892,
}
HOLDOUT25_FLOORS_NO_SOURCE = {
    **HOLDOUT25_FLOORS, "country_ok": 0.983, "admin1_ok": 0.683, "admin1_unit_ok": 0.933,
    "location_ok": 0.917,
}


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "first", "floors"), [
    (False, HOLDOUT25_FIRST, HOLDOUT25_FLOORS),
    (True, HOLDOUT25_FIRST_NO_SOURCE, HOLDOUT25_FLOORS_NO_SOURCE),
])
def test_holdout25_figures_hold(drop_source: bool, first: dict[str, float],
                                floors: dict[str, float]) -> None:
    """First measurement and now, per field, with and without the source; none below its floor."""
    low = floors_hold("hold-out 25", load_fixture(HOLDOUT25), drop_source, first, floors)
    assert not low, f"below the floor: {low}"
