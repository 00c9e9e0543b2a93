"""The dateline says where a report was filed: it places the event only when the event's sentences
name no place, or as the town inside the province they name; a town a body is named after, inside
the province the sentence names, is more specific than the province."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


@pytest.mark.parametrize(("text", "trigger", "name", "cc"), [
    ("LAGOS - Gunmen attacked the Kaduna Polytechnic campus in Kaduna State on Friday, "
     "abducting 20 students.", "attacked", "Kaduna", "NG"),
    ("KABUL - A roadside bomb killed four policemen in Kandahar on Sunday.", "killed", "Kandahār",
     "AF"),
    ("NAIROBI - Students rioted at the Eldoret Polytechnic in Uasin Gishu county on Monday.",
     "rioted", "Eldoret", "KE"),
    # the dateline town inside the province the sentence names is the most specific place
    ("QUETTA - Militants attacked a checkpoint in Balochistan on Wednesday, killing two.",
     "attacked", "Quetta", "PK"),
    # nothing named in the event's sentences: the dateline
    ("MOGADISHU (Reuters) - Al Shabaab fighters stormed a military base on Monday.", "stormed",
     "Mogadishu", "SO"),
])
def test_dateline_is_a_fallback_or_the_town_inside(text: str, trigger: str, name: str,
                                                   cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and (loc.name, loc.country_code) == (name, cc)
