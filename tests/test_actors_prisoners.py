"""Prisoners take the ACLED label of their side, on hand-written sentences from several countries:
rioting prisoners are rioters, protesting ones protesters, and prisoners beaten or shot are
civilians; the actor keeps "Prisoners (<country>)" as its name."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("On 8 March 2021, police used tear gas on rioting prisoners at the main "
                 "prison in Nakuru, Kenya.", "2021-03-09", "Rioters (Kenya)", id="rioting_kenya"),
    pytest.param("On 7 March 2021, prison guards beat four prisoners to death at Kondengui prison "
                 "in Yaoundé.", "2021-03-08", "Civilians (Cameroon)", id="beaten_cameroon"),
    pytest.param("On 6 March 2021, prisoners at Chikurubi prison in Harare staged a hunger strike "
                 "to protest poor food.", "2021-03-07", "Protesters (Zimbabwe)",
                 id="protest_zimbabwe"),
    pytest.param("On 4 March 2021, soldiers shot at rioting inmates in Gitega prison, Burundi, "
                 "after the inmates had seized a wing of the prison. Two prisoners were hurt.",
                 "2021-03-05", "Rioters (Burundi)", id="rioting_named_again_burundi"),
])
def test_prisoners_take_their_side_s_label(pipeline: Any, text: str, published: str,
                                           expected: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    prisoners = [a for a in event.actors if a.name.startswith("Prisoners (")]
    assert prisoners and prisoners[0].acled_name == expected
    assert not any((a.acled_name or "").startswith("Prisoners") for a in event.actors)
