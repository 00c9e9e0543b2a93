"""'Hooded officers took an activist from her home', 'he was taken from his house by gunmen': a
person carried off from where they live is an abduction (ACLED: Abduction/forced disappearance),
whoever takes them. 'take' alone is far too common a verb, so it triggers only with a person as
what is taken and a home as where from ('took a television from the house' is theft, 'the attack
took place at his home' no taking at all). 'Armed men seized an aid worker', 'a priest was
grabbed by gunmen': a civilian seized is carried off too; a town, a weapon or a herd seized is
the other readings of the verb (event_triggers.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.roles import kind_of, roles
from eventcoder.nlp.doc_cache import children

TAKE_VERBS = frozenset({"take"})
SEIZE_VERBS = frozenset({"seize", "grab"})
_HOMES = frozenset({"home", "house", "residence", "dwelling", "apartment", "flat", "bed"})
_PERSONAL = frozenset({"him", "her", "them", "he", "she", "they"})


def _person(token: Token) -> bool:
    return token.lower_ in _PERSONAL or token.ent_type_ == "PERSON" or kind_of(token) is not None


def taken_from_home(token: Token) -> bool:
    """The verb takes a person away from a home ('took an activist from her home')."""
    if token.lemma_.lower() not in TAKE_VERBS:
        return False
    places = [p for c in children(token) if c.dep_ == "prep" and c.lower_ == "from"
              for p in children(c) if p.dep_ == "pobj"]
    if not any(p.lemma_.lower() in _HOMES for p in places):
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
