"""'The rebels' doing the act refer back to the one armed group the report names (sentences
written for several countries)."""

from __future__ import annotations

import pytest

from tests.test_attribution_beyond_kb import perpetrators
from tests.test_attribution_forms import attribute


@pytest.mark.parametrize("text, name", [
    ("A bomb exploded near a police station in Jijiga. The Ogaden Liberation Army has waged "
     "an insurgency for decades. The rebels detonated the device by remote control.",
     "Ogaden Liberation Army"),
    ("The Red Dawn Brigade was founded in Arequipa in 1985. On Sunday the guerrillas "
     "kidnapped two engineers near Cusco.", "Red Dawn Brigade"),
])
def test_definite_fighters_are_the_named_group(text: str, name: str) -> None:
    assert name in perpetrators(attribute(text))


@pytest.mark.parametrize("text", [
    # two named groups: "the rebels" is ambiguous
    "The Karen National Union and the Arakan Army met in Yangon last week. The rebels "
    "attacked an army post near Myawaddy on Monday.",
    # indefinite doers never refer back
    "The Ogaden Liberation Army signed a truce last year. Gunmen attacked a police post near "
    "Jijiga on Monday.",
    # a record, not the incident
    "The Ogaden Liberation Army signed a truce last year. The rebels have carried out attacks "
    "in the past.",
])
def test_no_reference_back(text: str) -> None:
    perps = perpetrators(attribute(text))
    assert not [n for n in perps if "Karen" in n or "Arakan" in n or "Ogaden" in n], perps
