"""Indonesia's regencies (kabupaten) written 'X regency' are units like 'X district': the noun
marks the name before it as a place, and a possessive province ('Sulawesi's Poso regency') no
longer leaves the event at country level. Sentences written for these tests."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

REGENCIES = [
    ("Police shot dead two suspected militants in a raid in Sulawesi's Poso regency on Tuesday.",
     "shot", "Poso"),
    ("Villagers clashed with miners in Mimika regency on Wednesday, leaving three dead.",
     "clashed", "Mimika"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), REGENCIES)
def test_a_regency_places_the_event(text: str, trigger: str, name: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == "ID" and loc.precision != "country", loc
    assert name in (loc.name or "") or name in (loc.admin2 or ""), loc
