"""Hold-out 11: ACLED-style notes from regions and outlets the dev files lack.

40 notes (tests/fixtures/generalisation/holdout11.jsonl) written for this round about Pakistan,
India, Bangladesh, Nepal, Sri Lanka, Myanmar, Iraq, Syria, Yemen, Lebanon, Iran, Palestine,
Israel, Mexico, Colombia, Brazil, Ecuador, Haiti, Honduras, Peru, the Philippines, Indonesia,
Thailand, Armenia, Uzbekistan, France, Germany, Serbia and Georgia, dated 2021 to 2025, with
national outlets the training records never cite and a few wires as the source. They cover all
six ACLED event types and 22 sub-event types. Their expected values were written and committed
before the pipeline first ran on them.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT11 = FIXTURE.parent / "holdout11.jsonl"
# The first measurement (release 0.14.0, before any rule written for this round):
HOLDOUT11_FIRST = {
    "detected": 1.0, "type_ok": 0.875, "sub_type_ok": 0.85, "date_ok": 1.0,
    "no_invented_ok": 1.0, "precision_ok": 0.975, "fatalities_ok": 1.0, "country_ok": 1.0,
    "admin1_ok": 0.875, "admin1_unit_ok": 0.95, "location_ok": 0.925, "actors": 0.929,
    "perpetrator_ok": 1.0, "attribution_ok": 1.0,
}
# Floors: after the rules in tests/test_holdout11_rules.py. PER1's "fired tear gas to clear
# protesters" is a protest with intervention and NPL1's "used batons to disperse small traders
# protesting the demolition of their stalls" a protest (not an attack by an unidentified group);
# MMR2's "a military jet dropped bombs" an air strike; SYR3's "set up a new military post" a base
# established; PHL1's abandoned hideout "recaptured" a territory change (the rules now read a
# non-violent transfer, see below); IDN1's "TPNPB-OPM fighters" the TPNPB; ECU1's "President Daniel
# Noboa signed a decree" the Government of Ecuador; HTI2's "During the week of 1 May 2023" a week
# from 1 May (it was left undated); SRB1's march "through central Belgrade" placed there, not at
# Novi Sad where its cause is told. Three expected values are misses of the expected values, not
# of the pipeline, left as committed before the run: MMR1 and HTI1 ("Non-state actor overtakes
# territory") and PHL1 were written with event type Strategic developments, but the ACLED
# codebook files both territory sub-types under Battles (the pipeline says Battles); and PHL1's
# hideout the militants had abandoned is, by the codebook, a non-violent transfer of territory
# rather than "Government regains territory" (which needs a fight). Still missed: NPL1's
# sub-type (injured traders read as excessive force), FRA1 (rioters who "set cars and a bank
# branch on fire": the phrase's gap is too long, and the cause "over the fatal shooting of a
# teenager by a police officer" types an attack), PAK3's Levies as police, HTI2's "Gran Grif"
# (no KB entry), admin1 spellings (Nabatiye, Bayern, West Azarbayejan, Central Papua) and places
# the gazetteer lacks (IND2's Ramgarh in Alwar district, MMR2's Depayin township).
# Since type21 (tests/test_typing21_rules.py): FRA1 (youths throwing fireworks at police) is a violent demonstration.
HOLDOUT11_FLOORS = {
    **HOLDOUT11_FIRST, "type_ok": 0.925, "sub_type_ok": 0.95, "precision_ok": 1.0,
    "admin1_ok": 0.9, "admin1_unit_ok": 0.975, "location_ok": 0.95, "actors": 0.971,
}


@pytest.mark.slow
def test_holdout11_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT11)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 11, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT11_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT11_FLOORS[k]}
    assert not low, f"below the floor: {low}"
