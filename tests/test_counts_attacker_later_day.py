"""An attacker's death counts in the attack's toll on the attack's day only.

ACLED and GTD count everyone killed in an event, attackers included ("the gunman was shot dead
at the scene" adds one). An attacker shot by police on a later day ("was shot by police on
Thursday morning and died of his wounds") died in another event: ACLED codes events by day.
The date of the first of two coordinated verbs dates the second ("was shot on Thursday and
died"). Texts written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, published, fatalities of the main event)
NOTES: list[tuple[str, str, int]] = [
    ("A knifeman killed three shoppers at a market in Vienna on Tuesday afternoon. "
     "The attacker, a 31-year-old, was shot by police at a railway station on Thursday morning "
     "and died of his wounds, officials said.", "2024-03-06", 3),
    ("A gunman killed two guards at a bank in Tegucigalpa on Monday. The gunman was shot by "
     "police on Wednesday and died in hospital.", "2024-03-06", 2),
    # the same day: the attacker's death is part of the toll
    ("A gunman killed two guards at a bank in Tegucigalpa on Monday. Police shot the gunman dead "
     "at the scene.", "2024-03-06", 3),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: dates decide which deaths are the event's."""
    return Pipeline()


@pytest.mark.parametrize(("text", "published", "deaths"), NOTES)
def test_attacker_death_on_the_attack_day_only(pipe: Pipeline, text: str, published: str,
                                               deaths: int) -> None:
    """The toll of the first event counts the attacker only when he died that day."""
    events = pipe(Article(id="t", text=text, published=published)).events
    assert events, text
    fatalities = events[0].fatalities
    assert fatalities is not None and fatalities.best == deaths, (text, fatalities)
