"""A crowd's stones and petrol bombs make a riot, not a battle or an explosion.

The ACLED codebook codes a crowd's violence (stones, bricks, sticks, petrol bombs, fireworks
thrown at police or property) as a riot: hand-thrown incendiaries are no explosive weapon, and a
crowd is no organised armed group, so "police and protesters clashed" with stones is no armed
clash and "officers were attacked with petrol bombs" by masked youths no remote violence. The
rule holds only when the sentences name a crowd and its hand weapons and no armed group, gun or
explosive device (a grenade or a roadside bomb is still an explosion; a stun, sound or smoke grenade
only bangs or blinds, the crowd-control devices police throw, and is a hand weapon like fireworks).
"""

from __future__ import annotations

import re

_CROWD = re.compile(
    r"\b(?:protesters?|demonstrators?|rioters?|blockaders?|crowds?|mobs?|youths?|supporters|"
    r"followers|mobilised|mobilized|marchers|strikers)\b", re.IGNORECASE)
_INCENDIARIES = r"petrol bombs?|molotov(?: cocktails?)?|fire ?bombs?"
_HAND_WEAPONS = re.compile(
    rf"\b(?:stones?|rocks?|bricks?|sticks|clubs|bottles|{_INCENDIARIES}|fireworks?|"
    r"firecrackers?|(?:stun|sound|smoke) grenades?|flash[- ]?bangs?)\b", re.IGNORECASE)
INCENDIARY = re.compile(rf"\b(?:{_INCENDIARIES})\b", re.IGNORECASE)
ARMED = re.compile(
    r"\b(?:gunmen|gunman|armed men|militants?|rebels?|insurgents?|jihadists?|fighters?|"
    r"militia\w*|guerrillas?|terrorists?|rifles?|(?<!stun )(?<!sound )(?<!smoke )(?<!gas )grenades?|"
    r"roadside bomb|car bomb|"
    r"improvised explosive|IEDs?|mortars?|rockets?|missiles?|drones?|air ?strikes?|shell(?:s|ing)|"
    r"explosives?|bombings?)\b",
    re.IGNORECASE)
_RETYPED = {"Battles", "Explosions/Remote violence"}
# An attack is retyped only for a crowd's incendiaries ("officers were attacked with petrol
# bombs" by masked youths): a party's youths beating people with sticks attack civilians.
_ATTACK = "Violence against civilians"


def crowd_weapon_riot(event_type: str | None, sentences: list[str]) -> bool:
    """The event, typed a battle or an explosion, is a crowd's stones or petrol bombs; typed an
    attack, a crowd's petrol bombs."""
    if event_type not in _RETYPED and event_type != _ATTACK:
        return False
    text = " ".join(sentences)
    weapons = INCENDIARY if event_type == _ATTACK else _HAND_WEAPONS
    return bool(_CROWD.search(text) and weapons.search(text)) and not ARMED.search(text)
