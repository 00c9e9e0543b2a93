"""Hold-out 17: ACLED-style notes from South, Southeast and East Asia and the Pacific, 2021-2025.

40 notes (tests/fixtures/generalisation/holdout17.jsonl) written for this round about India
(Manipur, Jammu and Kashmir, the Maoist belt of Chhattisgarh, Punjab, West Bengal), Pakistan
(Khyber Pakhtunkhwa, Balochistan, Punjab, Islamabad), Afghanistan, Bangladesh, Nepal, Sri Lanka,
Myanmar, Thailand's Deep South and the Cambodian border, the Philippines, Indonesian Papua, Papua
New Guinea, South Korea and Hong Kong, mirroring ACLED's mix there: 12 protests and riots (all
five sub-types), 9 battles (armed clashes, territory taken and retaken), 9 explosions/remote
violence (air strike, shelling, IEDs, a grenade, suicide bombs), 5 attacks, abductions and sexual
violence, and 5 strategic developments (arrests, disrupted weapons use, property destruction, an
agreement). Their expected values were written and committed before the pipeline first ran on
them, with two corrections made after the first run and kept out of the first measurement's
meaning: the role names BLA, TTP and NRF were spelt out (the scorer matches names of three
letters only whole), and the PNG lines' 'Communal Militia (Papua New Guinea)', a form ACLED never
writes (an unnamed militia is 'Unidentified ... Militia'), became 'Unidentified Clan Militia
(Papua New Guinea)', as ACLED's training records name unnamed clans' fighters elsewhere.
"""

from __future__ import annotations

import pytest
from generalisation_score import FIXTURE, figures, load_fixture, misses, run

HOLDOUT17 = FIXTURE.parent / "holdout17.jsonl"
# The first measurement (main at 0.17.0, before any rule written for this round):
HOLDOUT17_FIRST = {
    "detected": 1.0, "type_ok": 0.925, "sub_type_ok": 0.9, "date_ok": 0.975,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 0.975,
    "admin1_ok": 0.9, "admin1_unit_ok": 0.9, "location_ok": 0.85, "actors": 0.836,
    "perpetrator_ok": 0.923, "attribution_ok": 1.0,
}
# Floors: after the rules in tests/test_holdout17_rules.py. IND1's "traded gunfire" is an armed
# clash; IND5's "Haryana Police" is India's police; LKA1's "President Gotabaya Rajapaksa" names
# Sri Lanka, the only country clue of the note; PHL3's National Capital Region is ACLED's
# Metropolitan Manila; PNG1's "men from two clans fought" are clan militias on both sides; KOR2's
# supporters who stormed a court and assaulted police officers demonstrated violently (a mob only
# when it hurts others than the forces it fights).
# Still missed: PAK6 (the parser hangs "during the 9 May riots" on the arrests, so the riots
# open the note's incident and its date); NPL1 (police killing protesters "who broke through
# barricades" reads as a violent demonstration); IND5 (Shambhu is not in the gazetteer, and the
# destination Delhi wins over the note's admin1 Punjab); LKA1 ('Western' alone and Mirihana are
# unknown: the country only); MMR3 (ACLED's 'Shan-North' split of Shan; Nawnghkio unknown); IND3
# Kutru, PAK3 Mir Ali, MMR6 Yinmabin (no settlement of that name in the gazetteer); the CRPF as a
# branch label (IND8). Since acts20 (tests/test_acts20_rules.py): IND1's Meitei and Kuki men are
# their peoples' ethnic militias (peoples of data/geo_peoples.yaml), IND2/PAK1/IND9 carry the
# 'HM:', 'JuA:', 'BKI:' labels, THA1's separatists are the Malay Muslim Separatists (Thailand),
# PNG2's "two warring clans" are clan militias: actors 0.89 -> 0.986, perpetrators 0.923 -> 1.0.
# Since type21 (tests/test_typing21_rules.py): NPL1 (police opening fire on protesters, 19 killed) is excessive force.
HOLDOUT17_FLOORS = {
    "detected": 1.0, "type_ok": 0.975, "sub_type_ok": 0.975, "date_ok": 0.975,
    "no_invented_ok": 1.0, "precision_ok": 1.0, "fatalities_ok": 1.0, "country_ok": 1.0,
    "admin1_ok": 0.925, "admin1_unit_ok": 0.925, "location_ok": 0.85, "actors": 0.986,
    "perpetrator_ok": 1.0, "attribution_ok": 1.0,
}


@pytest.mark.slow
def test_holdout17_figures_hold() -> None:
    """First measurement and now, per field; no field below its floor."""
    lines = load_fixture(HOLDOUT17)
    rows = run(lines)
    got = figures(rows)
    print("\nhold-out 17, share right per field (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<16}{HOLDOUT17_FIRST[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    low = {k: v for k, v in got.items() if v < HOLDOUT17_FLOORS[k]}
    assert not low, f"below the floor: {low}"
