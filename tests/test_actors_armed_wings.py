"""A party's armed wing named by its own acronym is the party as ACLED names it: the HPG (the
PKK's People's Defence Forces) is "PKK: Kurdistan Workers Party", on hand-written sentences from
Iraq and Turkey."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("HPG said Turkish warplanes bombed its positions in the Xakurke area of Iraqi "
                 "Kurdistan on Saturday.", "2019-06-02", id="hpg_iraq"),
    pytest.param("Two Turkish soldiers were killed in clashes with HPG guerrillas in the Metina "
                 "region of Duhok.", "2021-04-20", id="hpg_duhok"),
    pytest.param("HPG fighters ambushed a gendarmerie patrol near Semdinli in Hakkari province.",
                 "2017-09-14", id="hpg_hakkari"),
])
def test_hpg_is_the_pkk(pipeline: Any, text: str, published: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    assert "PKK: Kurdistan Workers Party" in [a.acled_name for a in event.actors]
