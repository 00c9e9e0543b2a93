"""Small towns abroad that share a site's name are no reading of it in a report about elsewhere.

"The Pearl Beach hotel on Lido beach" in a Mogadishu report are not Pearl Beach, Michigan and
Lido Beach, New York, though each would vouch for the other's country; "Lakeside market" in a
Cotabato report is a market, not Lakeside, Virginia. Reports written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

REPORTS: list[tuple[str, str]] = [
    ("MOGADISHU, Somalia - Gunmen attacked a seafront restaurant in the Somali capital on "
     "Friday night, killing six people, police said.\n\nThe attackers first fired on guards at "
     "the gate of the Pearl Beach hotel before moving along Lido beach, witnesses said. "
     "Somalia's security forces ended the siege at dawn.", "SO"),
    ("COTABATO CITY, Philippines - A grenade exploded outside a store in Cotabato City on "
     "Monday, wounding five people, police said.\n\nThe attacker threw the grenade from a "
     "motorcycle near the Lakeside market and fled towards Hillcrest subdivision, a police "
     "spokesman said. Police in the Philippines blamed a local gang.", "PH"),
    ("MOMBASA, Kenya - Two people were shot dead on Sunday when gunmen opened fire on a bar "
     "near Sunset Beach in Kenya's coastal city, police said.\n\nThe gunmen escaped towards "
     "Ocean View estate on foot, a police commander in Mombasa said.", "KE"),
]


@pytest.mark.parametrize(("text", "country"), REPORTS)
def test_no_stray_namesake_abroad(pipeline: Pipeline, text: str, country: str) -> None:
    """Every place read in the report lies in its country, and so do its events."""
    doc = pipeline(Article(id="t", text=text, published="2023-06-10"))
    abroad = [(t.text, t.country_code) for t in doc.toponyms if t.country_code != country]
    assert not abroad, abroad
    assert doc.events and all(e.location and e.location.country_code == country
                              for e in doc.events), [e.location for e in doc.events]
