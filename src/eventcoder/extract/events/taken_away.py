"""'Hooded officers took an activist from her home', 'he was taken from his house by gunmen': a
person carried off from where they live is an abduction (ACLED: Abduction/forced disappearance),
whoever takes them. 'take' alone is far too common a verb, so it triggers only with a person as
what is taken and a home as where from ('took a television from the house' is theft, 'the attack
took place at his home' no taking at all). So is a person taken, driven or led away 'to an unknown
location' or 'an undisclosed destination': where they were taken is kept from their own, which is
what a forced disappearance is ('took the truck to an unknown destination' takes no person); and
so is one 'taken away' to no place told ('took him away in a car'; 'took the wounded away to
hospital' names where).
'Armed men seized an aid worker', 'a priest was grabbed by gunmen': a civilian seized is carried
off too; a town, a weapon or a herd seized is the other readings of the verb
(event_triggers.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.roles import kind_of, roles
from eventcoder.nlp.doc_cache import children

TAKE_VERBS = frozenset({"take", "drive", "lead", "whisk"})
SEIZE_VERBS = frozenset({"seize", "grab"})
_HOMES = frozenset({"home", "house", "residence", "dwelling", "apartment", "flat", "bed"})
_PERSONAL = frozenset({"him", "her", "them", "he", "she", "they"})
# The dead carried off by their comrades ("their bodies were taken away") are no one abducted.
_REMAINS = frozenset({"body", "corpse", "remains"})


def _person(token: Token) -> bool:
    if token.lemma_.lower() in _REMAINS:
        return False
    return token.lower_ in _PERSONAL or token.ent_type_ == "PERSON" or kind_of(token) is not None


_HIDDEN = frozenset({"unknown", "undisclosed", "unidentified"})


def _places(token: Token, prep: str) -> list[Token]:
    return [p for c in children(token) if c.dep_ == "prep" and c.lower_ == prep
            for p in children(c) if p.dep_ == "pobj"]


def taken_from_home(token: Token) -> bool:
    """The verb takes a person away from a home ('took an activist from her home'), to a place
    kept unknown ('took him to an unknown location') or away to no place told."""
    if token.lemma_.lower() not in TAKE_VERBS:
        return False
    home = token.lemma_.lower() == "take" and any(
        p.lemma_.lower() in _HOMES for p in _places(token, "from"))
    hidden = any(a.lower_ in _HIDDEN for p in _places(token, "to") for a in children(p)
                 if a.dep_ == "amod")
    aways = [c for c in children(token) if c.lower_ == "away" and c.dep_ in {"prt", "advmod"}]
    # "took him away to a hospital": the parser may hang the destination on 'away'
    away = bool(aways) and not _places(token, "to") and not any(_places(a, "to") for a in aways)
    if not (home or hidden or away):
        return False
    return any(_person(c) for c in children(token) if c.dep_ in {"dobj", "nsubjpass"})


def seized_person(token: Token) -> bool:
    """The verb seizes a civilian or a named person ('seized a Canadian aid worker')."""
    if token.lemma_.lower() not in SEIZE_VERBS:
        return False
    taken = [c for c in children(token) if c.dep_ in {"dobj", "nsubjpass"}]
    # the noun itself names people: "the phones of the passengers" were seized, not the passengers
    return any(c.ent_type_ == "PERSON" or (kind_of(c) == "civilian"
                                           and c.lemma_.lower() in roles()["civilians"])
               for c in taken)
