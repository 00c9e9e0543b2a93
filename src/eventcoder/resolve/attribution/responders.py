"""Those who fire on the attackers are not the attack's doers: "a siege that ended only when
NATO helicopters fired on the attackers", "police shot dead the gunmen", "troops killed the
assailants". A deed whose object is the incident's doers, named by a definite doer noun ("the
attackers", "the gunmen", "the hostage-takers"), tells the response to the attack: its subject
answers the attack and is no perpetrator of it ("soldiers killed three militants" names new
people, not the doers told before, and is left to the other rules).
"""

from __future__ import annotations

from typing import Any

_DOER_NOUNS = frozenset({"attacker", "gunman", "gunmen", "assailant", "bomber", "raider",
                         "kidnapper", "abductor", "hostage-taker", "captor", "militant",
                         "insurgent", "terrorist", "perpetrator", "shooter"})
_DEFINITE = frozenset({"the", "these", "those"})
_AT = frozenset({"on", "at", "upon"})


def _doers(noun: Any) -> bool:
    """'the attackers', 'THE GUNMEN': a definite noun of the attack's doers."""
    word = noun.lemma_.lower()
    if word not in _DOER_NOUNS and noun.lower_ not in _DOER_NOUNS \
            and not (word.endswith("s") and word[:-1] in _DOER_NOUNS):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def fires_on_doers(verb: Any) -> bool:
    """The verb's object, or the object of its 'on'/'at', is the attack's doers."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"} and _doers(c):
            return True
        if c.dep_ == "prep" and c.lower_ in _AT and any(
                g.dep_ == "pobj" and _doers(g) for g in c.children):
            return True
    return False
