"""A militia the knowledge base names "<Demonym> forces" is also named by its members and units
("Zintani fighters", "a Misratan unit", "the Arbaki commander"), on hand-written sentences; a
town's people who are not its fighters ("a Misratan trader") stay what they are."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.resolve.actors.kb import lookup, member_aliases
from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "published", "label"), [
    pytest.param("Zintani fighters shelled a checkpoint held by a rival brigade near Gharyan on "
                 "Sunday, wounding three guards.", "2019-05-13", "Zintan Ethnic Militia (Libya)",
                 id="zintani_fighters_gharyan"),
    pytest.param("A Misratan unit opened fire on a convoy of fuel trucks south of Bani Walid, "
                 "killing a driver.", "2017-03-08", "Misratah Communal Militia (Libya)",
                 id="misratan_unit_bani_walid"),
    pytest.param("Forces under a Zintani commander seized the airport road in Ubari after a "
                 "short exchange of fire with local guards.", "2018-11-20",
                 "Zintan Ethnic Militia (Libya)", id="zintani_commander_ubari"),
])
def test_militia_members_take_the_militia_label(pipeline: Any, text: str, published: str,
                                                label: str) -> None:
    assert label in labels(pipeline, text, published)


def test_arbaki_gunmen_are_the_arbaki_militia() -> None:
    entry = lookup("Arbaki gunmen")
    assert entry is not None and entry.acled == "Militia (Pro-Government)"


@pytest.mark.parametrize("alias", ["Misrata forces", "Ugandan soldiers", "Zintan Brigades"])
def test_only_a_demonym_with_a_force_noun_is_widened(alias: str) -> None:
    assert member_aliases(alias) == ()


def test_a_towns_trader_is_no_militia() -> None:
    assert lookup("Misratan trader") is None
