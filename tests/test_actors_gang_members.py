"""A group noun modifying "members" names the members' group: "gang members torched three
buses" is done by an armed group, as "gangsters torched" is (sentences written for Haiti,
Honduras, South Africa, Jamaica and Ecuador). "Community members" stay a crowd."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _labels(text: str, role: str) -> list[str]:
    doc = default_pipeline()(Article(id="t", text=text, published="2024-11-11"))
    event = primary_event(doc)
    assert event is not None
    return [a.acled_name for a in event.actors if a.role == role]


@pytest.mark.parametrize(("text", "label"), [
    ("Gang members set fire to dozens of homes in the Carrefour-Feuilles district of "
     "Port-au-Prince on Sunday, forcing residents to flee.", "Unidentified Armed Group (Haiti)"),
    ("Suspected gang members torched three buses in San Pedro Sula on Sunday night after "
     "drivers refused to pay extortion fees.", "Unidentified Armed Group (Honduras)"),
    ("Gang members looted shops and burned a clinic in Manenberg on the Cape Flats on "
     "Saturday, police said.", "Unidentified Armed Group (South Africa)"),
    ("Militia members burned down the village chief's house in Djugu territory on Monday.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
])
def test_group_members_are_the_group(text: str, label: str) -> None:
    assert label in _labels(text, "perpetrator")


def test_community_members_stay_a_crowd() -> None:
    labels = _labels("Angry community members burned the house of a suspected thief in "
                     "Spanish Town, St Catherine, on Tuesday, police said.", "perpetrator")
    assert not any(label.startswith("Unidentified Armed Group") for label in labels)
