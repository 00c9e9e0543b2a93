"""A camp is named after the town it stands at or beside ('the Nuseirat camp', 'Kakuma refugee
camp'): the name before 'camp' is that town's, as 'X refugee camp' already was, not a feature
named after a place ('Suez Canal')."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Artillery shells struck tents in the Nuseirat camp on Monday, killing four people.",
     "struck", "PS"),
    ("A drone strike hit a family home in the Bureij camp before dawn on Saturday.", "hit", "PS"),
    ("Police raided the Kakuma camp on Friday and detained twenty residents.", "raided", "KE"),
    ("Residents of the Dadaab camp protested against ration cuts on Wednesday.", "protested",
     "KE"),
])
def test_the_town_a_camp_is_named_after(text: str, trigger: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc and loc.precision == "city", loc
