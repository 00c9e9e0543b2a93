"""A fight the trigger rules read as a riot stays a riot when the model's battle has no arms.

The ACLED codebook's battles are fights between organised armed groups; a fight of police with
market vendors, of students with guards or of two parties' youths is a riot (violent
demonstration or mob violence). The trigger rules read a riot when the parse finds no armed or
military side; the model, which weighs words such as "clashed" and "police", often reads such a
fight as a battle. Its battle is undone when the event's sentences also name no weapon of war
and no armed group (guns, shooting, explosives, militias, fighters): then nothing in the report
makes the sides organised armed groups. A fight with guns ("two families exchanged fire") keeps
the model's battle.
"""

from __future__ import annotations

import re

from eventcoder.typer.crowd_types import MOB, VIOLENT_DEMO
from eventcoder.typer.crowd_weapons import ARMED

# Guns and shooting, which a crowd's fight does not name unless a side carried them.
_GUNS = (r"guns?|gunm\w+|gunfire|gunshots?|shot|shoot\w*|firearms?|pistols?|AK-?47s?|"
         r"(?:exchang\w+|open\w*|exchange of) fire|ammunition")
# Arms a riot's report does not name unless a side carried them (machetes: communal militias).
_ARMS = re.compile(rf"\b(?:{_GUNS}|machetes?)\b", re.IGNORECASE)
_GUN_WORDS = re.compile(rf"\b(?:{_GUNS})\b", re.IGNORECASE)
# The resolver's names of a crowd side (ACLED's generic actors of its Riots and Protests).
_CROWD_ACTORS = ("Rioters", "Protesters")


def unarmed_battle(event_type: str | None, rules_type: str | None, sentences: list[str]) -> bool:
    """True when the model's battle was the rules' riot and the sentences name no arms."""
    if event_type != "Battles" or rules_type != "Riots":
        return False
    return not names_arms(" ".join(sentences))


def names_arms(text: str) -> bool:
    """True when the text names an armed group, a gun or shooting, or an explosive."""
    return bool(ARMED.search(text) or _ARMS.search(text))


def crowd_side_battle(event_type: str | None, actors: list[str],
                      sentences: list[str]) -> tuple[str, str] | None:
    """The riot a battle is when one of its sides is a crowd (the resolver names rioters or
    protesters: "clashes erupted between villagers and the police", "supporters of two parties
    fought each other") and its sentences name no gun, shooting or armed group; sticks, stones
    and machetes are a crowd's arms too. A crowd of protesters makes it a violent
    demonstration, any other a mob."""
    if event_type != "Battles":
        return None
    crowds = {name.split(" (")[0] for name in actors if name.startswith(_CROWD_ACTORS)}
    text = " ".join(sentences)
    if not crowds or ARMED.search(text) or _GUN_WORDS.search(text):
        return None
    return VIOLENT_DEMO if "Protesters" in crowds else MOB
