"""A foreign state's forces that take territory do not regain it: ACLED codes that capture
"Non-state actor overtakes territory" (a foreign state actor acquiring control of a location),
while a government retaking its own land stays "Government regains territory". Sentences written
for several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "sub_type", "published"), [
    ("Russian forces captured several villages near Vovchansk in Kharkiv oblast on 12 May 2024.",
     "Non-state actor overtakes territory", "2024-05-13"),
    ("Turkish troops captured the town of Tal Abyad in Raqqa province on 13 October 2019.",
     "Non-state actor overtakes territory", "2019-10-14"),
    ("Ukrainian troops recaptured the village of Robotyne in Zaporizhzhia oblast on 28 August "
     "2023.", "Government regains territory", "2023-08-29"),
    ("Malian troops recaptured the town of Anefis in Kidal region on 7 October 2023.",
     "Government regains territory", "2023-10-08"),
])
def test_whose_land_decides(pipeline: Any, text: str, sub_type: str, published: str) -> None:
    """The capturing forces' own country tells regaining from overtaking."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None and event.sub_event_type == sub_type, event and event.sub_event_type
