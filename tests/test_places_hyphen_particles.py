"""Names joined by a hyphened particle are one place: 'Mazar-i-Sharif', 'Qala-i-Naw', 'Dar-es-Salaam'.

Persian and Urdu names join their words with the ezafe ('-i-', '-e-', '-ye-', '-ul-'), Arabic ones
with the article assimilated to the next word ('-es-', '-ez-', '-ad-'). The parser often stops
the name at the first hyphen, and the first word alone matches namesakes abroad ('Mazar' in
Jordan, 'Qala' in Azerbaijan, 'Sar' in Bahrain). Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "country"), [
    ("A suicide bomber blew himself up outside a shrine in Mazar-i-Sharif, killing nine "
     "pilgrims.", "AF"),
    ("A roadside bomb struck a police vehicle near Qala-i-Naw, wounding three officers.", "AF"),
    ("Protesters blocked the main road in Sar-i-Pul to demand the release of a tribal elder.",
     "AF"),
    ("Riot police dispersed striking teachers in Dar-es-Salaam on Monday.", "TZ"),
])
def test_hyphened_particle_joins_one_name(pipeline: Any, text: str, country: str) -> None:
    """The whole name is the place, not its first word's namesake abroad."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-05-02")))
    assert event is not None and event.location.country_code == country, event.location
