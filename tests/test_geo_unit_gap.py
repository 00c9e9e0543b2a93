"""The gap between a place and the unit written after it to hold it (geoparser.unit_gap)."""

from __future__ import annotations

import pytest

from eventcoder.geoparser.unit_gap import place_unit_gap


@pytest.mark.parametrize("gap", [", ", " (", " in ", " of the ", " district of ", " TOWNSHIP, ",
                                 " sub-district in "])
def test_containment_gaps(gap: str) -> None:
    assert place_unit_gap().match(gap)


@pytest.mark.parametrize("gap", [" near ", " and ", " said ", " district and ", " villages near "])
def test_no_containment_without_a_link(gap: str) -> None:
    assert not place_unit_gap().match(gap)


def test_near_only_when_asked() -> None:
    assert place_unit_gap(near=True).match(" villages near ")


def test_rest_of_a_name_and_words_after_the_link() -> None:
    # 'Puli Alam' matched as 'Puli'; 'in the countryside of'
    assert place_unit_gap(name_rest=2).match(" Alam city, ")
    assert not place_unit_gap().match(" Alam city, ")
    assert place_unit_gap(name_rest=2, words=3).match(" in the countryside of ")
    assert not place_unit_gap(name_rest=2).match(" in the countryside of ")
    assert not place_unit_gap(name_rest=2).match(" alam city, ")  # a name goes on in capitals
