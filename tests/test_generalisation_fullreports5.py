"""Full reports 5: attribution in long mixed-case reports, 20 more (#14).

tests/fixtures/generalisation/fullreports5.jsonl holds 20 news reports of 300-360 words written
for this round on conflicts the earlier sets touch least (Algeria, Chechnya, Kashmir, Sri Lanka,
Northern Ireland, the Basque Country, Corsica, Nepal, northern Uganda, Basilan, Balochistan,
Xinjiang, North Sinai, Burkina Faso, Niger's Tillaberi, Thailand's south, Assam, Greece, Chile;
1986-2025), in the MUC-4 gold format: claims in a later paragraph (a statement on a rebel website,
a caller who "spoke for a group calling itself X", an alliance introducing its own name, a leader's
statement, a spokesman's radio call, a communique to foreign agencies), "no group has claimed ...
but police suspect" and hallmarks, an official's account of an unclaimed deed, a group denying or
condemning, a hoax claim, backers blamed (India, Iran), an avenged deed's doer, background
incidents ("last month", "in November", "last week"), and two reports with no incident of their
own (a verdict on November 17, Algeria's amnesty referendum). The answer keys were written and
committed before the pipeline first ran on them (commit c075a32). ``not_perpetrators`` names groups
a report names that did not do its incident.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_generalisation_fullreports import check_fullreports

FULLREPORTS5 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports5.jsonl"
FIRST = {
    "precision": 0.947, "recall": 1.0, "f1": 0.973, "perpetrator_recall": 0.667,
    "attribution_on_found": 0.583, "incident_type": 1.0, "country": 1.0,
    "wrong_perpetrators": 4,
}
# Misses of the first run, by cause: claims in unowned later sentences unread ("the IRA said its
# volunteers had 'executed' Cummings"; NIR1) or read as a statement's own account ("a statement
# posted on a rebel website said fighters of X had blown up the vehicle"; RUS1); a caller's
# "the group's fighters" under a parse that makes "a caller" the root, with a group named only
# later blocking the back-reference (IND1); "an alliance of Baloch separatist groups, Baloch Raaji
# Aajoi Sangar (BRAS)," no actor, and its claim "in retaliation for military operations" read as
# a record (PAK1); "everything points to ETA" unread and "Jose Maria Larrea, 53," dating the bombing
# 1953 (ESP1); "fired at least ten shots" counted ten incidents (NIR1); "The grenade ... exploded
# near Lal Chowk" and "the attack had been carried out by ... of the Islamic State in the Greater
# Sahara" opening incidents of their own over a place (IND1, NER1), "Last month, militants
# attacked ..." joined to Tuesday's grenade (IND1); "police fired into the air" a perpetrator
# (IND1); "attackers blocked the road ... and opened fire" a protest incident the claim went to
# (CHL1); the ministry's account of an unclaimed massacre confirmed (NER1).
# Floors, after the rules of this round (tests/test_fullreports5_rules.py).
# Still missed: NPL1 ("Maoist rebels" is no name of the CPN (Maoist) and "had 'punished' Gurung"
# is no deed verb), BFA1 (the claim "its fighters had attacked militiamen ... at Barsalogho" and
# the toll "on Monday" make incidents of their own: extract/events), IND2 (the NDFB accusation goes
# to the riots the blasts set off: a back-reference "the blasts" should find the bombing), PHL1
# ("said Abu Sayyaf fighters were holding the four teachers" is no claim of the kidnapping),
# GRC1 ("November 17 killed 23 people in 27 years": the group's name read as a date, its record
# as an incident). Wrong perpetrators left are background incidents the key did not record
# (arguably MUC-4 would): NIR1's UFF killings "last week", PAK1's BLA consulate attack "in
# November", IND1's "Islamabad denied any role" in last month's attack.
# Round 12 (branch fr12): perpetrator recall 0.833 -> 0.778, attribution on found 0.867 -> 1.000.
# "the rebel group fighting for an independent homeland" and "a small group that says it is
# fighting for an Islamic state" no longer open battles of their own (extract/fought_for.py): LKA1's
# bombing keeps the police's "hallmarks of the LTTE" (before, the bombing had the government's blame
# of the 1987 bombing, which the 'since 1987, when ...' rule now dates apart); PHL1's Abu Sayyaf was
# found only on the battle "fighting" made, joined to the MILF's "condemned the abduction": with no
# such battle the kidnapping's own claim ("a spokesman for the Abu Sayyaf group later said the
# hostages were in its hands") is what is missing, the spokesman wording another branch takes up.
FLOORS = {**FIRST, "perpetrator_recall": 0.778, "attribution_on_found": 1.0,
          "wrong_perpetrators": 3}


@pytest.mark.slow
def test_fullreports5_figures_hold() -> None:
    """MUC-4 figures on full reports 5, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS5, "full reports 5", FIRST, FLOORS)
