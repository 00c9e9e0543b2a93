"""'Hooded officers took an activist from her home', 'he was taken from his house by gunmen': a
person carried off from where they live is an abduction (ACLED: Abduction/forced disappearance),
whoever takes them. 'take' alone is far too common a verb, so it triggers only with a person as
what is taken and a home as where from ('took a television from the house' is theft, 'the attack
took place at his home' no taking at all)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children

TAKE_VERBS = frozenset({"take"})
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
