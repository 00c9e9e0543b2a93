"""The geoparser's dateline reader, kept beside the entity cutter's in nlp/dateline_ents.py: the
place with the region after its comma. Datelines written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.nlp.dateline_ents import dateline_place


@pytest.mark.parametrize(("text", "place"), [
    ("MAIDUGURI, Nigeria (Reuters) - Gunmen burned a market on Friday.", "MAIDUGURI, Nigeria"),
    ("GAO, March 3 (AFP) - Two soldiers died when their truck hit a mine.", "GAO"),
    ("QUETTA: Police said a grenade was thrown at a shop on Monday.", "QUETTA"),
    ("Kananga - Militiamen attacked a parish school overnight.", "Kananga"),
])
def test_the_dateline_place_includes_its_region(text: str, place: str) -> None:
    found = dateline_place(text)
    assert found is not None and found.group(1) == place


def test_a_sentence_is_no_dateline() -> None:
    assert dateline_place("Police in Tegucigalpa dispersed a march on Sunday.") is None
