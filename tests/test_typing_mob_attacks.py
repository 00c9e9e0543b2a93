"""A crowd that beats, hacks or kills people is ACLED's mob violence (Riots), not an attack.

The codebook's mob violence is violence by a crowd with no organised armed group; the trigger
rules read a crowd hitting a civilian as Violence against civilians (the coding of ACLED's
records before the 2019 codebook), and the model is often unsure. After the model, an attack
whose doers are only a crowd (villagers, residents, community members) becomes mob violence;
gunmen's and police officers' attacks stay attacks. Sentences written for several countries.
"""

from __future__ import annotations

import pytest
from typing_cases import main_typing, typing_pipeline

from eventcoder.pipeline import Pipeline

MOB = [
    "Angry villagers beat two county officials who had come to oversee the demolition of their "
    "homes in Hunan province on 12 May 2021.",
    "Residents of a Port Moresby settlement hacked a suspected thief to death on 9 March 2022.",
    "Villagers beat to death a woman accused of witchcraft near Kilifi, Kenya, on 5 May 2022.",
    "Community members stabbed a man accused of stealing goats in Lusaka on 2 June 2021.",
]

ATTACKS = [
    "Gunmen shot dead three villagers in Zamfara on 4 June 2021.",
    "Police officers beat a street vendor to death in Lagos on 2 March 2022.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return typing_pipeline()


@pytest.mark.parametrize("text", MOB)
def test_crowd_attack_is_mob_violence(pipe: Pipeline, text: str) -> None:
    """A crowd's beating or killing: Riots / Mob violence."""
    assert main_typing(pipe, text) == ("Riots", "Mob violence"), text


@pytest.mark.parametrize("text", ATTACKS)
def test_armed_or_state_doers_keep_the_attack(pipe: Pipeline, text: str) -> None:
    """Gunmen and police are no crowd: Violence against civilians / Attack."""
    assert main_typing(pipe, text) == ("Violence against civilians", "Attack"), text
