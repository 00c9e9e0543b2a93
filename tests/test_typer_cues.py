"""The parse's cues the typer reads: who acts on whom, and the category label a note opens with."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.typer.cues import LABEL_CUE, note_label
from eventcoder.typer.features import TypingInput, rule_features
from eventcoder.typer.train import rule_inputs


def _inputs(texts: list[str]) -> list[TypingInput]:
    return rule_inputs(Article(id=str(k), text=t) for k, t in enumerate(texts))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # armed groups on security forces (ACLED: Battles)
        ("Al Shabaab militants attacked and killed a police officer in Baidoa on Monday.",
         "pair=armed>state"),
        ("Gunmen shot dead two soldiers at a checkpoint near Maiduguri on Tuesday.",
         "pair=armed>state"),
        ("Suspected jihadists ambushed a gendarmerie patrol near Djibo, killing four gendarmes.",
         "pair=armed>state"),
        # armed groups or soldiers on unarmed people (ACLED: Violence against civilians)
        ("Boko Haram fighters killed five farmers in Borno on Friday.", "pair=armed>civilian"),
        ("Soldiers beat villagers in Wau and killed one civilian.", "pair=state>civilian"),
        ("FARDC soldiers shot dead a motorcycle taxi driver in Beni.", "pair=state>civilian"),
        # state forces on demonstrators
        ("Police fired tear gas at protesters in Harare, injuring several.", "pair=state>protest"),
        # a crowd on a person
        ("A mob lynched a suspected thief in Kisumu on Sunday.", "pair=crowd>civilian"),
        ("Angry residents beat a suspected cattle thief to death in Mbarara.",
         "pair=crowd>civilian"),
    ],
)
def test_participant_kinds_read_who_acts_on_whom(text: str, pair: str) -> None:
    """The perpetrator and target kinds, and their pair, come from the parse of the note."""
    (item,) = _inputs([text])
    perp, _, target = pair.removeprefix("pair=").partition(">")
    assert f"perp={perp}" in item.cues
    assert f"target={target}" in item.cues or f"party={target}" in item.cues
    assert f"rule:cue=perp={perp}" in rule_features(item)


def test_category_label_of_a_coders_note_is_a_cue_a_dateline_or_speaker_is_not() -> None:
    """ "Looting:", "Movement of forces:" open a note as its category; "Nairobi:" and
    "Police:" are a dateline and a speaker."""
    labelled = [
        "Looting: On 3 May, militants looted shops in Mocimboa da Praia.",
        "Movement of forces: On 15 May 2020, Turkish troops deployed to Jisr al Shughur.",
        "Security measures: Authorities in Kano imposed a curfew on Saturday.",
        "Strike: Teachers in Yaounde stayed away from work for a third day.",
    ]
    plain = [
        "Nairobi: A grenade exploded at a bus stop, injuring three people.",
        "Police: Two suspects were arrested in Lagos for the attack on a bank.",
        "GUATEMALA CITY: Guerrillas attacked an army post on Friday.",
        "On 3 May, militants looted shops in Mocimboa da Praia.",
        "Residents said: the soldiers came at night and burned the market.",
        "Two people died: a bus hit a landmine near Gao on Monday.",
    ]
    items = _inputs(labelled + plain)
    for text, item in zip(labelled + plain, items, strict=True):
        assert (LABEL_CUE in item.cues) == (text in labelled), text
    assert note_label(None, "Attack without casualties: A grenade was thrown.") == \
        "attack without casualties"
