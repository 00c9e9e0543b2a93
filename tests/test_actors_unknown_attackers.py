"""Attackers named only as armed or unknown people are an unidentified armed group, never civilians.

"Abducted by (unknown) armed people", "unidentified actors destroyed the water scheme": the
acled_train.jsonl notes with these words all name "Unidentified Armed Group (<country>)" (4 of 4);
before, "people" alone was read and the doers became "Civilians".
"""

from __future__ import annotations

import pytest

from tests.test_review26_rules import _primary


@pytest.mark.parametrize(("text", "label"), [
    ("On 3 March 2021, a trader was abducted in Beira by unknown armed people.",
     "Unidentified Armed Group (Mozambique)"),
    ("On 3 March 2021, a businessman was kidnapped by armed people in Kaduna.",
     "Unidentified Armed Group (Nigeria)"),
    ("On 3 March 2021, unidentified actors destroyed a water pipeline in Owerri.",
     "Unidentified Armed Group (Nigeria)"),
    ("On 3 March 2021, unknown actors fired rockets at Balad air base.",
     "Unidentified Armed Group (Iraq)"),
])
def test_unknown_armed_people_are_an_armed_group(text: str, label: str) -> None:
    """The doer is the country's unidentified armed group, and no civilian is a doer."""
    event = _primary(text)
    assert event is not None
    doers = [a.acled_name for a in event.actors if a.role == "perpetrator"]
    assert label in doers
    assert not [d for d in doers if d and d.startswith("Civilians")]
