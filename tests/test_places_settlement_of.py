"""'recaptured the town of Sderot': a name the text calls a town, city or village is the text's
place even when the article's armed group comes from another country (armed groups fight
abroad), as 'in Sderot' already was."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


@pytest.mark.parametrize(("text", "trigger", "actors", "cc"), [
    ("Soldiers recaptured the town of Sderot after Hamas fighters withdrew on Sunday.",
     "recaptured", [("Hamas", "armed group", "PS", True)], "IL"),
    ("Kurdish fighters entered the town of Sinjar after the jihadists fled.", "entered",
     [("PKK", "armed group", "TR", True)], "IQ"),
])
def test_a_town_called_a_town_stays(text: str, trigger: str, actors, cc: str) -> None:
    loc = geocoded_document(text, trigger, actors=actors).events[0].location
    assert loc is not None and loc.country_code == cc, loc
