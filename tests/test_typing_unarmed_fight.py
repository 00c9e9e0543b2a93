"""A fight the trigger rules read as a riot stays a riot when the model reads a battle but no
arms are told (typer.unarmed_fight). Written for Zimbabwe, Uganda, Peru, Indonesia, Iraq,
Somalia and Nigeria."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline
from eventcoder.typer.unarmed_fight import unarmed_battle


@pytest.mark.parametrize("text", [
    'Police clashed with street vendors as the city council cleared a market in Harare.',
    'Students fought campus security guards at Makerere University in Kampala on Tuesday.',
    'Miners and police clashed at a road block near Cusco; seven officers were hurt.',
    'Residents clashed with police over a land eviction in Medan on Thursday.',
])
def test_unarmed_fight_stays_a_riot(text: str) -> None:
    """The rules' riot, the model's battle, no arms named: the riot stays."""
    assert unarmed_battle("Battles", "Riots", [text])


@pytest.mark.parametrize("text", [
    'Two families clashed near Basra on Sunday, exchanging fire for an hour.',
    'Clan militias fought over grazing land near Galkayo, leaving six dead.',
    'Gunmen and vigilantes clashed outside Zurmi on Monday.',
    'Villagers and herders fought with machetes near Lafia on Friday.',
    'Youths and soldiers clashed in Jos; a soldier was shot in the leg.',
])
def test_armed_fight_keeps_the_battle(text: str) -> None:
    """Guns, shooting, machetes or an armed group: the model's battle stands."""
    assert not unarmed_battle("Battles", "Riots", [text])


def test_only_a_riot_the_model_made_a_battle() -> None:
    """The rules' battle, or the model's riot, is left alone."""
    text = 'Police clashed with street vendors in Harare.'
    assert not unarmed_battle("Battles", "Battles", [text])
    assert not unarmed_battle("Riots", "Riots", [text])


def test_pipeline_keeps_the_vendors_riot() -> None:
    """Through the typer: a fight of police and vendors, no arms told, is a riot."""
    pipe = Pipeline(stages=("events", "typing"))
    text = ('Police clashed with street vendors as the city council tried to clear a market in '
            'Harare on Monday. Four officers were injured.')
    events = pipe(Article(id="v", text=text, published="2023-06-01")).events
    assert max(events, key=lambda e: e.confidence).event_type == "Riots"
