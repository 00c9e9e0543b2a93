"""Place names written with a possessive "'s" are read whole when the gazetteer holds them
('Cox's Bazar', 'King's Lynn', 'St John's', ''s-Hertogenbosch'), not as the owner alone ('Cox'
in Spain, 'King County'); a country owning a place ("Kenya's Mombasa") stays two places."""

from __future__ import annotations

import pytest
from geo_docs import place_countries


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Police broke up a sit-in by teachers in Cox's Bazar on Friday.", "Cox's Bazar", "BD"),
    ("About two hundred nurses marched through King's Lynn on Saturday.", "King's Lynn", "GB"),
    ("A man was stabbed outside a bar in St John's, Newfoundland, late on Sunday.", "St John's", "CA"),
    ("Riot police clashed with supporters near the stadium in 's-Hertogenbosch.",
     "'s-Hertogenbosch", "NL"),
])
def test_possessive_name_read_whole(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


def test_owner_and_owned_place_stay_apart() -> None:
    found = place_countries("Kenya's Mombasa port was shut after the strike on Monday.")
    assert found.get("Kenya") == "KE" and found.get("Mombasa") == "KE"
