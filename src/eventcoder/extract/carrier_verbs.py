"""Verbs that carry an attack named by their object noun: who does them did it, their "on" or
"at" names what was hit.

"Militants carried out an attack on the base", "launched an assault against the town": the light
verb's subject is the attacker. A weapon thrown is told the same way: "assailants hurled a petrol
bomb at the police station" hit the station. Stones and rocks are left out: they are a crowd's
missiles, read by the crowd rules, not an attack on what they were thrown at; so are a crowd's
petrol bombs ("youths hurled petrol bombs at the office"), which the caller leaves out.
"""

from __future__ import annotations

from spacy.tokens import Token

_LIGHT_VERBS = frozenset({"carry", "launch", "stage", "mount", "conduct", "claim", "perpetrate",
                          "execute", "commit", "unleash", "lead", "organise", "organize", "hold",
                          "initiate"})
THROWING = frozenset({"throw", "hurl", "lob", "toss", "fling"})
# the thrown weapons of an attack (GTD Codebook 2021, weapon types "Incendiary", "Explosives")
_THROWN_WEAPONS = frozenset({"bomb", "grenade", "cocktail", "firebomb", "explosive", "device"})


def carries_attack(verb: Token, noun: Token) -> bool:
    """True if ``verb`` carries the attack its object ``noun`` names ("launched an attack",
    "threw a petrol bomb")."""
    lemma = verb.lemma_.lower()
    return lemma in _LIGHT_VERBS or (lemma in THROWING and noun.lemma_.lower() in _THROWN_WEAPONS)
