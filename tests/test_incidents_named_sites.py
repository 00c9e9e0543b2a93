"""A named site inside the incident's town does not make another incident.

"Militants stormed a hotel in the capital ... The attack began when a bomber drove into the gate
of the Pearl Beach hotel on Lido beach": the hotel and the beach lie in the town the lead names,
so the paragraph continues the attack, and the claim made of it is the attack's. Reports
written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

REPORTS: list[tuple[str, str]] = [
    ("MOGADISHU, Somalia - Militants stormed a beachfront hotel in the Somali capital late on "
     "Friday, killing at least nine people in a siege that lasted five hours, police said.\n\n"
     "The attack began when a suicide bomber drove a car laden with explosives into the gate of "
     "the Pearl Beach hotel on Lido beach, before gunmen entered the building and opened fire on "
     "diners, a police officer said.\n\nThe al-Shabaab group said in a statement that its "
     "fighters had carried out the assault.", "Al Shabaab"),
    ("KABUL, Afghanistan - Gunmen stormed a hotel in the Afghan capital on Saturday night, "
     "killing at least 18 people, officials said.\n\nThe attackers entered the Intercontinental "
     "hotel through the kitchen and opened fire on guests in the dining hall on the fourth floor, "
     "an interior ministry spokesman said.\n\nThe Taliban said in a statement that their "
     "fighters had carried out the attack.", "Taliban"),
]


@pytest.mark.parametrize(("text", "claimant"), REPORTS)
def test_named_site_continues_the_attack(pipeline: Pipeline, text: str, claimant: str) -> None:
    """One event, and the claim belongs to it."""
    doc = pipeline(Article(id="t", text=text, published="2023-06-10"))
    assert len(doc.events) == 1, [(e.event_type, e.location) for e in doc.events]
    claims = [a for a in doc.events[0].actors if a.attribution == "claimed"]
    # the group by its own name or label (after August 2021 the Taliban's label is the state's)
    assert any(x.startswith(claimant) for a in claims for x in (a.name, a.acled_name) if x), \
        [(a.name, a.role, a.attribution) for a in doc.events[0].actors]
