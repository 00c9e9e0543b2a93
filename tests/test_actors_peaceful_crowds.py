"""Before ACLED's 2019 codebook a crowd the text shows protesting with no disruptive deed is
"Protesters (<country>)", whatever type the event got: hand-written sentences from several
countries, and the disruptive, harmful, mob and post-2019 cases that keep "Rioters"."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors.crowds import old_peaceful_crowds
from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Protests have broken out in Gafsa after the new finance law came into effect; "
                 "hundreds took to the streets on Tuesday.", "2017-03-02", "Protesters (Tunisia)",
                 id="protests_broke_out_2017_tunisia"),
    pytest.param("Hundreds of students demonstrated in Ouagadougou on Wednesday against the "
                 "closure of their university.", "2017-08-10", "Protesters (Burkina Faso)",
                 id="students_2017_burkina"),
    pytest.param("Riots were reported in Kasese on Tuesday as traders protested against new "
                 "market fees.", "2016-07-05", "Rioters (Uganda)", id="riot_told_2016_uganda"),
    pytest.param("Youths protested in Bamenda on Tuesday over the arrest of their leader and "
                 "blocked the main road.", "2016-07-05", "Rioters (Cameroon)",
                 id="blockade_2016_cameroon"),
    pytest.param("A mob lynched a suspected thief in Kibera on Tuesday.", "2016-07-05",
                 "Rioters (Kenya)", id="mob_no_protest_2016_kenya"),
    pytest.param("Some protesters threw bottles at gendarmes in Bucharest on Friday, but most of "
                 "the crowd was peaceful.", "2018-08-11", "Rioters (Romania)",
                 id="harm_beside_peaceful_2018_romania"),
])
def test_peaceful_crowds_before_2019(pipeline: Any, text: str, published: str,
                                     label: str) -> None:
    assert label in labels(pipeline, text, published)


def test_peaceful_crowd_rule_is_for_the_old_codebook_only() -> None:
    text = "Protests have broken out in Gafsa over unemployment."
    for day, expected in (("2017-05-01", "Protesters (Tunisia)"),
                          ("2020-05-01", "Rioters (Tunisia)")):
        event = Event(id="e1", actors=[EventActor(name="Rioters (Tunisia)",
                                                  acled_name="Rioters (Tunisia)")])
        old_peaceful_crowds(text, event, day)
        assert event.actors[0].acled_name == expected
