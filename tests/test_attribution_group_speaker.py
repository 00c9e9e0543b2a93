"""'..., the group said': the report's one armed group, called back as the speaker, claims its own
deed; a rights group speaking last keeps the deed the report's account. Hand-written sentences
from several countries."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.eval.acled import primary_event


def perpetrators(text: str) -> dict[str, str]:
    """The primary event's perpetrators (ACLED label) and their attribution."""
    event = primary_event(extract_document(text, published="2023-06-22"))
    assert event is not None
    return {a.acled_name or a.name: a.attribution for a in event.actors if a.role == "perpetrator"}


@pytest.mark.parametrize(("text", "group"), [
    ("Hezbollah fighters fired anti-tank missiles at an army post near Shebaa on Monday, the "
     "group said in a statement.", "Hezbollah"),
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle on Monday, the group said "
     "in a statement.", "Al Shabaab"),
    ("Fighters of the Kachin Independence Army attacked a military outpost near Laiza on Monday, "
     "the rebels said.", "KIA: Kachin Independence Army"),
])
def test_the_group_speaking_of_its_deed_claims_it(text: str, group: str) -> None:
    assert perpetrators(text).get(group) == "claimed"


def test_a_rights_group_speaking_is_not_the_armed_group() -> None:
    text = ("Boko Haram fighters killed 10 villagers in Gwoza on Monday, Amnesty International "
            "said. The group said the army had failed to protect them.")
    found = perpetrators(text)
    assert found and "claimed" not in found.values(), found
