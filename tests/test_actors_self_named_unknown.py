"""'A previously unknown group calling itself X': both introductions together give the name X,
not 'Calling Itself X' (sentences written for India and Turkey)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen attacked two hotels and a railway station in Mumbai on Wednesday night, killing at "
     "least 101 people. A previously unknown group calling itself the Deccan Mujahideen claimed "
     "responsibility in emails to news organisations.", "Deccan Mujahideen"),
    ("A bomb exploded outside a bank in Izmir on Thursday. A hitherto unknown organisation "
     "calling itself the Revolutionary Vengeance Brigade said it planted the device.",
     "Revolutionary Vengeance Brigade"),
])
def test_unknown_group_calling_itself(text: str, name: str) -> None:
    doc = default_pipeline()(Article(id="t", text=text, published="2008-11-27"))
    event = primary_event(doc)
    assert event is not None
    claimed = [a.name for a in event.actors if a.attribution == "claimed"]
    assert claimed == [name]
