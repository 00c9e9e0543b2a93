"""Police forces known by their own names (Chile's Carabineros, Colombia's ESMAD riot squad) are
their state's police, with the ruling period of the event date: hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest
from actor_labels import labels

from eventcoder.resolve.actors import kb as actor_kb


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 25 October 2019, Chilean carabineros used water cannon against marchers in "
                 "Concepcion, Chile.", "2019-10-26", "Police Forces of Chile (2018-2022)",
                 id="carabineros_2019"),
    pytest.param("On 6 August 2011, Carabineros detained dozens of students at a rally in "
                 "Temuco, Chile.", "2011-08-07", "Police Forces of Chile (2010-2014)",
                 id="carabineros_2011"),
    pytest.param("On 28 April 2021, ESMAD agents fired tear gas at a road blockade in Pasto, "
                 "Colombia.", "2021-04-29", "Police Forces of Colombia (2018-2022)",
                 id="esmad"),
])
def test_police_units_are_the_states_police(pipeline: Any, text: str, published: str,
                                            expected: str) -> None:
    assert expected in labels(pipeline, text, published)


def test_bare_carabineros_need_chile() -> None:
    # Italy's Carabinieri and the carabineros of other times are not Chile's police
    assert actor_kb.lookup("carabineros", "IT") is None
    assert actor_kb.lookup("carabineros", "CL") is not None
