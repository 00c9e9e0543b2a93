"""Full reports 5: attribution in long mixed-case reports, 20 more (#14).

tests/fixtures/generalisation/fullreports5.jsonl holds 20 news reports of 300-360 words written
for this round on conflicts the earlier sets touch least (Algeria, Chechnya, Kashmir, Sri Lanka,
Northern Ireland, the Basque Country, Corsica, Nepal, northern Uganda, Basilan, Balochistan,
Xinjiang, North Sinai, Burkina Faso, Niger's Tillaberi, Thailand's south, Assam, Greece, Chile;
1986-2025), in the MUC-4 gold format.
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
FLOORS = {**FIRST}


@pytest.mark.slow
def test_fullreports5_figures_hold() -> None:
    """MUC-4 figures on full reports 5, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS5, "full reports 5", FIRST, FLOORS)
