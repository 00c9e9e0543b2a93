"""A demonstration has a crowd, no victims: no "Civilians" among a Protests event's actors.

ACLED names none of a Protests record's actors "Civilians" (acled_train.jsonl: 0 of 1,949); the
people a protest note names beside the crowd are the crowd itself, the subjects of its grievance
or protesters hurt when it was broken up. Riots keep their victims (mob violence).
"""

from __future__ import annotations

import pytest

from tests.test_review26_rules import _primary
from tests.test_review26_rules import _roles as _event_roles


@pytest.mark.parametrize(("text", "crowd"), [
    ("Police fired tear gas at traders protesting in Kampala on Wednesday.", "Protesters (Uganda)"),
    ("On 9 June 2021, residents held a vigil in Sofia for a journalist killed last year, "
     "demanding justice.", "Protesters (Bulgaria)"),
    ("On 9 June 2021, police shot dead a student during a protest over fees in Ibadan.",
     "Protesters (Nigeria)"),
    ("On 9 June 2021, riot police beat up nurses demonstrating outside the health ministry in "
     "Lima over unpaid wages.", "Protesters (Peru)"),
])
def test_protest_names_no_civilians(text: str, crowd: str) -> None:
    """The protest keeps its crowd and loses the civilians named beside it."""
    event = _primary(text)
    assert event is not None and event.event_type == "Protests"
    labels = _event_roles(event)
    assert crowd in labels
    assert not [label for label in labels if label.startswith("Civilians")]


@pytest.mark.parametrize(("text", "victims"), [
    ("On 9 June 2021, a mob lynched a suspected thief in Kisumu.", "Civilians (Kenya)"),
    ("On 9 June 2021, rioters in Karachi beat two bus passengers and set the bus on fire.",
     "Civilians (Pakistan)"),
])
def test_riot_keeps_its_victims(text: str, victims: str) -> None:
    """A crowd's violence against people keeps its civilian victims."""
    event = _primary(text)
    assert event is not None and event.event_type == "Riots"
    assert victims in _event_roles(event)
