"""Summaries 4: a fourth round of short incident summaries in the style of another database
(GTD), written for issue #14 on the regions and decades summaries 1-3 cover least.

tests/fixtures/generalisation/summaries4.jsonl holds 30 entries written for it (Italy, West
Germany and Germany, Spain, France and Corsica, England and Northern Ireland, Greece, Turkey
1978-1996, Colombia, El Salvador, Argentina, Honduras, Brazil, Bangladesh, Cambodia, Aceh, the
Philippines, the Niger Delta, Darfur, Burundi, Ethiopia's Somali region, the United States;
1970-2016), one or more of each GTD attack type: assassinations (by gun and by bomb), armed
assaults, bombings, an aircraft and a ferry hijacking, barricade incidents and kidnappings,
facility attacks (arson, a pipeline) and an unarmed assault (poisoning); perpetrators written as
GTD does ("Members of ETA", "the Provisional IRA", "a group of individuals", "a lone actor",
"The hijackers were members of Hizballah"), claims, suspicions, accusations and a denial. The
expected values were written and committed before the pipeline first ran on them (commit
f0971e0). ``expect.not_perpetrators`` names groups the text names that did not do it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from generalisation_score import FIXTURE
from test_generalisation_summaries2 import check_summaries

SUMMARIES4 = FIXTURE.parent / "summaries4.jsonl"
# First run (expected values committed before it):
FIRST = {
    "detected": 1.0, "type_ok": 0.867, "sub_type_ok": 0.857, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 0.9, "country_ok": 1.0,
    "admin1_ok": 0.767, "admin1_unit_ok": 0.933, "location_ok": 0.96, "actors": 1.0,
    "perpetrator_ok": 0.778, "attribution_ok": 1.0, "wrong_perpetrators": 0,
}
# Floors, after the rules of tests/test_summaries_titled_victims.py ("Members of ETA kidnapped
# businessman X": ESP5), test_summaries_doer_identity.py ("The hijackers were members of
# Hizballah", "The hijackers, who were pro-Chechen militants": GRC3, TUR6),
# test_summaries_barricade.py (a building seized with its people held hostage: HND1),
# test_summaries_grenade_rally.py (grenades into a crowd of supporters rallying: KHM1),
# test_summaries_armed_with.py and test_summaries_seized_airliner.py ("hijackers armed with a
# pistol and grenades seized an airliner" is a hijacking, no weapons seizure: GRC3 type and toll),
# test_summaries_departure_scene.py (placed where the airliner took off: GRC3),
# test_summaries_poisoning.py (salad bars contaminated with salmonella: USA7),
# test_summaries_youth_bodies.py ("an ultranationalist youth organization" is no mob: TUR5) and
# test_summaries_company_names.py ("operated by Royal Dutch Shell" is no shelling: NGA3).
# Still missed: BGD1 (five assailants killed when the building was stormed are not added), FRA3 and GBR5 (the FLNC is named in Corsican, "the
# Provisional IRA" is no known name), ARG1 (Buenos Aires placed at the province); admin1 misses
# are the geoparser's names (Lombardia, Hessen, Nordrhein-Westfalen, Corse, National Capital
# Region, Darfur).
# Summaries 6 (tests/test_summaries6_rules.py, a list the parse reads as an apposition): ESP4's
# "Carrero Blanco, his driver and a police bodyguard" counts 3, fatalities 0.967 -> 1.000.
FLOORS = {**FIRST, "type_ok": 1.0, "sub_type_ok": 1.0, "fatalities_ok": 1.0,
          "perpetrator_ok": 0.926}


@pytest.mark.slow
def test_summaries4_figures_hold() -> None:
    """GTD-style summaries, round 4: first measurement and now, per field; none below its floor."""
    check_summaries("summaries 4", Path(SUMMARIES4), FIRST, FLOORS)
