"""Crowds the event stage missed, so their notes had no rioters or protesters at all.

- "Rioting" as a noun ("post-election rioting in Mombasa", "rioting broke out in Sfax") is the
  riot itself; spaCy gives the noun the lemma "rioting", which no trigger listed.
- What a crowd rises "against" is its grievance, not a target: "students rioted against mock
  examinations" is a riot, although "mock" marks a firing at a mock target as a drill.
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
