"""A fire set to people is violence against them, not property destruction.

The burning words ("set alight", "torched", "burnt") are looting-family triggers because what
burns is mostly property; but "residents poured fuel over a burglar and set him on fire", "a
suspected thief was burnt to death", "they set her on fire" burn people, and the codebook codes
looting only "where no other form of violence is reported". The burnt thing is read from the parse: the
verb's object (or passive subject, a conjoined verb's shared one) when its head noun names people,
or a phrase of the result ("to death", "alive").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import roles
from eventcoder.nlp.doc_cache import children

_PEOPLE_LISTS = ("civilians", "state_forces", "armed_groups", "protesters")
# "them" and "they" are left out: "set them on fire" burns mattresses as often as people.
_PERSONAL = {"him", "her", "himself", "herself", "he", "she"}
# The trigger heads of a fire ("set alight" is headed by "set"); "stripped them of their phones"
# is a looting word too, but takes no person as its loss.
_FIRE_LEMMAS = {"burn", "torch", "set", "raze", "immolate", "douse"}
_RESULTS = {"alive"}


def _burnt_things(verb: Token) -> list[Token]:
    """The verb's objects and passive subjects, a conjoined verb's shared subject included."""
    things = [c for c in children(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(c.dep_ == "nsubjpass" for c in things) and verb.dep_ == "conj":
        things += [c for c in children(verb.head) if c.dep_ == "nsubjpass"]
    return things


def is_person(token: Token) -> bool:
    """The noun (head of its phrase) names people: "two men", "a suspected thief", "her"."""
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL
    if token.ent_type_ == "PERSON":
        return True
    words = roles()
    names = {token.lemma_.lower(), token.lower_}
    return not names & words["civilian_sites"] and any(names & words[key] for key in _PEOPLE_LISTS)


def burns_people(verb: Token) -> bool:
    """True when a burning verb's object is people or its result is a death."""
    if verb.lemma_.lower() not in _FIRE_LEMMAS:
        return False
    for child in children(verb):
        if child.lower_ in _RESULTS:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.lemma_.lower() == "death" for g in children(child)):
            return True  # "burnt to death"
    return any(is_person(t) for t in _burnt_things(verb))
