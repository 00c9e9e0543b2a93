"""A Phoenix group joins a curated KB entry only by a name that tells them apart, or by a shared
name when both are of the same country: the Irish INLA (weak alias 'PLA') is not Manipur's PLA."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline
from eventcoder.resolve.actors.kb import lookup


def test_a_shared_acronym_does_not_merge_two_groups() -> None:
    inla = lookup("Irish National Liberation Army")
    assert inla is not None and inla.name == "Irish National Liberation Army"
    manipur = lookup("People's Liberation Army of Manipur")
    assert manipur is not None and manipur.name != inla.name


@pytest.mark.parametrize("text, published, perpetrator", [
    ("The Irish National Liberation Army (INLA) claimed responsibility for a bomb that killed two "
     "soldiers near Armagh on Monday.", "1979-08-28", "INLA: Irish National Liberation Army"),
    ("Militants of the People's Liberation Army of Manipur ambushed an Assam Rifles patrol in "
     "Chandel district on Sunday, killing four soldiers.", "2015-06-08",
     "PLA: People's Liberation Army of Manipur"),
])
def test_each_group_keeps_its_own_deeds(text: str, published: str, perpetrator: str) -> None:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    names = [a.acled_name or a.name for a in event.actors if a.role == "perpetrator"]
    assert perpetrator in names
