"""Crowds the event stage missed, so their notes had no rioters or protesters at all.

- "Rioting" as a noun ("post-election rioting in Mombasa", "rioting broke out in Sfax") is the
  riot itself; spaCy gives the noun the lemma "rioting", which no trigger listed.
- What a crowd rises "against" is its grievance, not a target: "students rioted against mock
  examinations" is a riot, although "mock" marks a firing at a mock target as a drill.
- Voters and hawkers acting together are a crowd (acled_train.jsonl: 38 of the 42 notes naming
  voters and all 17 naming hawkers are riots or protests with a crowd actor), and victims
  when others attack them.
"""

from __future__ import annotations

import pytest

from tests.test_review26_rules import _primary
from tests.test_review26_rules import _roles as _event_roles


def _labels(text: str) -> dict[str, tuple[str, str | None]]:
    """Label -> (role, attribution) of the primary event, which must exist."""
    event = _primary(text)
    assert event is not None, text
    return _event_roles(event)


@pytest.mark.parametrize(("text", "crowd"), [
    ("Post-election rioting in Mombasa.", "Rioters (Kenya)"),
    ("Rioting in Lusaka after the verdict against the opposition leader.", "Rioters (Zambia)"),
    ("On 6 June 2021, rioting broke out in Sfax after a migrant was killed.", "Rioters (Tunisia)"),
    ("Overnight rioting in Mardan after the arrest of a cleric, police said.",
     "Rioters (Pakistan)"),
])
def test_rioting_noun_is_a_riot(text: str, crowd: str) -> None:
    """The noun 'rioting' makes a riot event whose crowd is that country's rioters."""
    event = _primary(text)
    assert event is not None and event.event_type == "Riots"
    assert crowd in _event_roles(event)


@pytest.mark.parametrize("text", [
    "Two men were charged with rioting in Nairobi over the January protests.",
    "A court in Kisumu sentenced 12 youths for rioting in 2017.",
])
def test_rioting_tried_is_no_riot(text: str) -> None:
    """A charge or a verdict for rioting reports no riot of the news day."""
    event = _primary(text)
    assert event is None or event.event_type != "Riots"


@pytest.mark.parametrize(("text", "event_type", "crowd"), [
    ("Students rioted against mock examinations in Eldoret.",
     "Riots", "Rioters (Kenya)"),
    ("Pupils protested against mock exams in Masaka on Tuesday.", "Protests",
     "Protesters (Uganda)"),
    ("Students in Gulu rioted against mock exams.", "Riots", "Rioters (Uganda)"),
])
def test_crowd_against_mock_exams_is_real(text: str, event_type: str, crowd: str) -> None:
    """A crowd's grievance modified by 'mock' does not make its deed a drill."""
    event = _primary(text)
    assert event is not None and event.event_type == event_type
    assert crowd in _event_roles(event)


def test_firing_at_mock_targets_stays_a_drill() -> None:
    """A firing aimed at a mock target is still no incident."""
    assert _primary("Iranian warships fired cruise missiles at mock targets in the Strait of "
                    "Hormuz on Tuesday.") is None


@pytest.mark.parametrize(("text", "crowd"), [
    ("Voters in Kano beat up a party agent accused of buying votes on Wednesday.",
     "Rioters (Nigeria)"),
    ("Hawkers clashed with city council askaris in Nairobi on Wednesday over the eviction from "
     "the streets.", "Rioters (Kenya)"),
])
def test_voters_and_hawkers_are_a_crowd(text: str, crowd: str) -> None:
    """Voters or hawkers doing violence are a riot's crowd, not an armed group or a battle side."""
    event = _primary(text)
    assert event is not None and event.event_type == "Riots"
    labels = _labels(text)
    assert crowd in labels
    assert not [label for label in labels if label.startswith("Unidentified Armed Group")]


def test_attacked_voters_are_civilians() -> None:
    """Voters attacked by gunmen are the civilians named in the text."""
    event = _primary("Gunmen attacked voters queuing at a polling station in Bayelsa on "
                     "Wednesday, killing two.")
    assert event is not None
    assert any(a.acled_name == "Civilians (Nigeria)" and a.mention == "voters"
               for a in event.actors)
