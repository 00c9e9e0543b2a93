"""What "came under attack" / "was under attack" is the target of the attack (extract.roles):
an army base or a convoy so attacked is an armed target (a battle), a village one that
soldiers attack is not. Written for Niger, Mali, Myanmar, Nigeria and Somalia."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The trigger rules alone: events only (the model is not asked)."""
    return Pipeline(stages=("events",))


def _rules_type(pipe: Pipeline, text: str) -> str | None:
    events = pipe(Article(id="u", text=text, published="2023-06-01")).events
    assert events, text
    return max(events, key=lambda e: e.confidence).event_type


@pytest.mark.parametrize("text", [
    'An army base near Tillaberi came under attack on Friday, and the assailants were pushed '
    'back.',
    'A UN peacekeeping convoy came under attack near Aguelhok on Tuesday; two peacekeepers were '
    'wounded.',
    'The police station in Ningi was under attack for two hours on Monday night.',
    'An AMISOM supply convoy came under attack near Bulo Marer on Wednesday morning.',
])
def test_armed_target_under_attack_is_a_battle(pipe: Pipeline, text: str) -> None:
    """The subject of 'came under attack' is the target: armed, so the sides fought."""
    assert _rules_type(pipe, text) == "Battles", text


def test_village_under_attack_stays_an_attack(pipe: Pipeline) -> None:
    """A village attacked by troops: violence against civilians."""
    text = ('A village in Sagaing came under attack by regime troops on Sunday, and three '
            'farmers were killed.')
    assert _rules_type(pipe, text) == "Violence against civilians"
