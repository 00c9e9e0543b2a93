"""A road written in lower case after one or two towns' names runs from or through them ('the
Dikwa-Marte road', 'the Eldama Ravine highway'): the first town is a place of the text even when it
is too small to stand as a place without a cue. A capitalised road is a street's own name ('Cairo
Road' in Lusaka) and names no town."""

from __future__ import annotations

from geo_docs import geocoded_document


def _country(text: str, trigger: str) -> str | None:
    loc = geocoded_document(text, trigger).events[0].location
    return loc.country_code if loc else None


def test_a_small_town_heading_a_roads_name_is_a_place() -> None:
    assert _country("Youths blocked the Dikwa-Marte road with logs on Monday.", "blocked") == "NG"
    assert _country("Farmers blocked the Eldama Ravine highway over maize prices.", "blocked") == "KE"
    assert _country("Police arrested hawkers on Cairo Road in Lusaka.", "arrested") == "ZM"
