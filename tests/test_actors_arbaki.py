"""Afghanistan's Arbaki village militias are "Militia (Pro-Government)" as ACLED names unnamed
pro-government militias, however the text names them (fighters, militiamen, the plural), on
hand-written sentences from several provinces."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("On 1 June 2020, Arbaki fighters shot and killed two shopkeepers in Dawlatabad "
                 "district, Faryab.", "2020-06-02", id="fighters_faryab"),
    pytest.param("Arbaki militiamen beat a farmer to death in Qarqin district of Jowzjan on "
                 "Monday.", "2019-07-02", id="militiamen_jowzjan"),
    pytest.param("Taliban fighters overran an Arbaki post in Ghormach, killing five Arbakis.",
                 "2018-10-02", id="plural_badghis"),
])
def test_arbaki_are_pro_government_militia(pipeline: Any, text: str, published: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    assert "Militia (Pro-Government)" in [a.acled_name for a in event.actors]
