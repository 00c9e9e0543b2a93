"""A fight of state forces with a crowd is a riot, not a battle (ACLED codebook: battles are
fights between organised armed groups; a crowd fighting police or soldiers is a violent
demonstration or mob violence).

Two readings made such fights battles: soldiers' words ("troops", "the army") counted as an
armed side though they name the state's own side, and looters were no crowd at all. The
sentences are written for several countries; armed sides keep their battle.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

RIOTS = [
    # soldiers against a crowd of protesters or residents
    "Soldiers clashed with people protesting against a new tax in Kenema, Sierra Leone, on 10 "
    "August 2022; seven were injured.",
    "Troops clashed with demonstrators in Mandalay on 3 March 2021, and the army later fired tear "
    "gas at them.",
    "Army units clashed with residents angry over a land eviction in Kasese, Uganda, on 5 May "
    "2021, and two residents were hurt.",
    "Clashes broke out between soldiers and students marching against fuel prices in Ouagadougou "
    "on 9 November 2022.",
    # looters are rioters
    "Police fought running battles with looters in the centre of Durban on 12 July 2021.",
    "Looters clashed with police outside a supermarket in Valparaiso, Chile, on 20 October 2019.",
    "Riot police battled looters in the market district of Port Moresby on 4 May 2022.",
]

BATTLES = [
    "Soldiers clashed with rebels near Beni on 4 June 2021; five rebels were killed.",
    "Soldiers and armed youths clashed in Tonj, South Sudan, on 6 June 2021, leaving four dead.",
    "Villagers armed with rifles clashed with soldiers in Jonglei on 7 May 2021.",
    "Troops clashed with Boko Haram fighters near Maiduguri on 2 February 2021, killing ten "
    "insurgents.",
    "Police officers clashed with a group of bandits in Zamfara on 3 June 2021, killing four of "
    "them.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return Pipeline(stages=("events", "typing", "dates"))


def _main_type(pipe: Pipeline, text: str) -> str | None:
    events = pipe(Article(id="t", text=text, published="2022-12-01")).events
    assert events, text
    return max(events, key=lambda e: e.confidence).event_type


@pytest.mark.parametrize("text", RIOTS)
def test_crowd_fighting_state_forces_is_a_riot(pipe: Pipeline, text: str) -> None:
    """Soldiers or police fighting protesters, residents or looters: a riot."""
    assert _main_type(pipe, text) == "Riots", text


@pytest.mark.parametrize("text", BATTLES)
def test_armed_sides_keep_their_battle(pipe: Pipeline, text: str) -> None:
    """Rebels, armed youths, armed villagers, insurgents and bandits are armed sides."""
    assert _main_type(pipe, text) == "Battles", text
