"""An attack whose lead names no means takes the means a later sentence names.

"Seven guards were killed in an attack in Lima. The bus was hit by a car bomb": the lead tells
only of an attack and its dead; the next sentence says it was a bombing, ACLED's remote
explosive. A lead that names its own means (gunmen shooting) keeps it. Reports written for
several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, str]] = [
    ("Seven soldiers travelling on a military bus were killed on Saturday in an attack in "
     "downtown Lima. The bus was hit by a car bomb near the barracks, police said.",
     "Remote explosive/landmine/IED"),
    ("Four policemen were killed on Monday in an attack on a checkpoint outside Quetta. "
     "Officials said a suicide bomber blew himself up next to the post.", "Suicide bomb"),
    ("Three children were killed on Tuesday in an attack on a village in Idlib province. "
     "Residents said the houses were hit by artillery shells fired from government positions.",
     "Shelling/artillery/missile attack"),
]

KEEPS: list[tuple[str, str]] = [
    ("Gunmen shot dead six farmers on Sunday in an attack on a village near Jos. A bomb was "
     "later found and defused near the village well, police said.", "Attack"),
]


@pytest.mark.parametrize(("text", "sub_type"), CASES + KEEPS)
def test_means_told_later_types_the_attack(pipeline: Pipeline, text: str, sub_type: str) -> None:
    """The sub-event type follows the means the report names for the attack."""
    events = pipeline(Article(id="t", text=text, published="2022-05-01")).events
    assert events and events[0].sub_event_type == sub_type, \
        (text, [(e.event_type, e.sub_event_type) for e in events])
