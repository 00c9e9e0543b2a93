"""A town named as a distance reference ('8 km south west of X', '7km from X') is a place by its
syntax alone: an unfamiliar spelling of it is matched against the places of the article's countries
like a name after 'in' or 'near', so an event at an unknown village is placed near that town."""

from __future__ import annotations

import re

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.geoparser.place_cues import distance_reference
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.event_location.geocode import geocode_stage


def _place(text: str, trigger: str) -> tuple[str | None, str | None]:
    doc = Document(article=Article(id="t", text=text, published="2019-03-01"))
    doc._doc = load_nlp()(text)
    m = re.search(trigger, text)
    assert m is not None
    sents = list(doc._doc.sents)
    si = next(k for k, s in enumerate(sents) if s.start_char <= m.start() < s.end_char)
    doc.events.append(Event(id="e1", _sentences=[si], _mentions=[(m.start(), m.end())]))
    actors_stage(doc)  # the armed group names the country whose places are searched
    geocode_stage(doc)
    loc = doc.events[0].location
    return (loc.admin1, loc.country_code) if loc else (None, None)


@pytest.mark.parametrize(("text", "trigger", "admin1", "cc"), [
    ("Al Shabaab gunmen seized a minibus driver at Goof Gaduud, roughly 11 km north-east of "
     "Buurhakaba, on Sunday.", "seized", "Bay", "SO"),
    ("Boko Haram insurgents raided Kaleri settlement, 7km from Dikwaa, on Tuesday night.",
     "raided", "Borno", "NG"),
    ("ADF rebels killed six civilians in Mamove, about 30 kilometres north of Benii, on Friday.",
     "killed", "Nord-Kivu", "CD"),
])
def test_misspelt_reference_town_places_the_event(text: str, trigger: str, admin1: str,
                                                  cc: str) -> None:
    assert _place(text, trigger) == (admin1, cc)


def test_distance_reference_cue() -> None:
    text = "a village 12 kms from Gao, (c. 5 km east of Baidoa), the leader of Mopti"
    assert distance_reference(text, text.index("Gao"))
    assert distance_reference(text, text.index("Baidoa"))
    assert not distance_reference(text, text.index("Mopti"))  # 'leader of': no distance
