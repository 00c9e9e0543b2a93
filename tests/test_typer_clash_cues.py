"""The sides of a clash as typer cues: armed sides make a battle, a crowd or civilians a riot."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.typer.features import TypingInput, rule_features
from eventcoder.typer.train import rule_inputs


def _input(text: str) -> TypingInput:
    (item,) = rule_inputs([Article(id="t", text=text)])
    return item


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # unarmed people on one side (ACLED: Riots)
        ("Clashes were reported in Annaba between police and informal traders on Monday.",
         {"civilian", "state"}),
        ("Residents of Kibera clashed with police over the demolition of their homes on Tuesday.",
         {"crowd", "state"}),
        ("Students clashed with riot police at Makerere University in Kampala on Thursday.",
         {"crowd", "state"}),
        # organised armed sides (ACLED: Battles)
        ("Government troops clashed with Boko Haram fighters near Bama on Sunday.",
         {"armed", "state"}),
        ("Al Shabaab militants and Somali soldiers fought for hours in Afgoye on Friday.",
         {"armed", "state"}),
    ],
)
def test_clash_sides_are_read_as_cues(text: str, kinds: set[str]) -> None:
    """Each side's kind becomes a ``clash=`` cue and a rule feature of the typer."""
    item = _input(text)
    clash = {c.removeprefix("clash=") for c in item.cues if c.startswith("clash=")}
    assert clash == kinds
    assert all(f"rule:cue=clash={k}" in rule_features(item) for k in kinds)


def test_a_clash_without_named_sides_says_so_and_no_clash_gives_no_cue() -> None:
    """ "Disputes led to clashes" names no side; an ambush is no clash at all."""
    assert "clash=unknown" in _input(
        "Disputes over a local chief led to clashes in Kaduna on Monday, one killed.").cues
    ambush = _input("Suspected jihadists ambushed a gendarmerie patrol near Djibo, killing four.")
    assert not any(c.startswith("clash=") for c in ambush.cues)
