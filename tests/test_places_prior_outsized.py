"""The training records' coding of a name is a sample of their own region and weeks: it chooses a
village's namesake ('Fino' in Kenya), but not against a city of 100,000 or more, twice as large as
the coded town, that the text names with nothing else to say ('Rafah': the Gaza city, not the
Sinai town the 2020 sample coded). The text's own evidence still decides."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Jets struck a house in Rafah on Wednesday, killing five people.", "struck", "PS"),
    ("Residents in Maua marched to city hall against bus fares on Thursday.", "marched", "BR"),
])
def test_a_bare_name_is_the_large_city(text: str, trigger: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc, loc


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Egyptian troops killed four militants near Rafah in North Sinai on Sunday.", "killed", "EG"),
    ("Police in Maua, Meru County, shot dead two robbery suspects on Monday.", "shot", "KE"),
])
def test_the_texts_evidence_still_decides(text: str, trigger: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc, loc
