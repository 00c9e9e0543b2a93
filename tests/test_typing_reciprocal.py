"""A deed done to "each other" / "one another" is a fight between the sides, not a one-sided
attack (extract.events.reciprocal): written for Papua New Guinea, Nigeria, Haiti, Kenya,
South Sudan and Colombia."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The trigger rules alone: events only (the model is not asked)."""
    return Pipeline(stages=("events",))


def _rules_type(pipe: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipe(Article(id="r", text=text, published="2023-06-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    return event.event_type, event.sub_event_type


@pytest.mark.parametrize("text", [
    'Tribal fighters from two clans attacked each other with guns and bush knives in Enga '
    'province on Wednesday; eight men were killed.',
    'Herders and farmers attacked one another with machetes near Bama on Sunday, leaving four '
    'dead.',
    'Rival gang members shot at each other in Cite Soleil on Monday.',
    'Armed youths from Nuer and Dinka cattle camps attacked each other near Bor on Thursday, '
    'killing eleven.',
    'FARC dissidents and ELN fighters shot at one another for hours near Tame on Friday.',
])
def test_reciprocal_deed_is_a_fight(pipe: Pipeline, text: str) -> None:
    """Both sides did the deed: a battle (or a riot between unarmed crowds), not an attack."""
    event_type, _ = _rules_type(pipe, text)
    assert event_type in {"Battles", "Riots"}, (text, event_type)


def test_unarmed_crowds_hitting_each_other_riot(pipe: Pipeline) -> None:
    """Students of two schools stoning each other: a riot, not violence against civilians."""
    text = 'Students from two rival schools attacked each other with stones in Kisumu on Tuesday.'
    assert _rules_type(pipe, text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    'Soldiers attacked a village near Kidal on Friday, killing five civilians.',
    'Gunmen shot dead two traders at a market in Maiduguri on Monday.',
    "Each other's supporters were blamed after gunmen attacked a bus near Jos on Sunday.",
    # 'one another' counting people: one killed, another wounded
    'Militiamen stormed a farm near Kadugli on Monday, killing one herder and wounding one '
    'another.',
])
def test_one_sided_attack_stays(pipe: Pipeline, text: str) -> None:
    """No reciprocal object: the attack on unarmed people keeps its one-sided typing."""
    assert _rules_type(pipe, text)[0] == "Violence against civilians", text
