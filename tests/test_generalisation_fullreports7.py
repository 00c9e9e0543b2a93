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

from tests.test_generalisation_fullreports6 import measure

FULLREPORTS7 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports7.jsonl"
# First run (answer keys committed before it; main at 8f4280c):
FIRST: dict[str, float] = {}
FLOORS = {**FIRST}


@pytest.mark.slow
def test_fullreports7_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 7, first measurement and now; none below its floor."""
    got, notes = measure(FULLREPORTS7)
    print("\nfull reports 7 (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<26}{FIRST.get(key, 0.0):.3f} -> {value:.3f}")
    print("\n".join(notes))
    assert got["wrong_perpetrators"] <= FLOORS["wrong_perpetrators"]
    low = {k: v for k, v in got.items() if k != "wrong_perpetrators" and v < FLOORS[k]}
    assert not low, f"below the floor: {low}"
