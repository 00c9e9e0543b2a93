"""An actor named through what it owns: "the army's artillery shelled", "the militia's fighters
stormed". The weapon or unit is the grammatical subject; the possessor is the one who acted, so
its mention is read in the place of the possessed noun. So is the one who works the means:
"drones operated by the cartel dropped explosives", "jets flown by the rebels bombed". Nouns that are no means of force ("the
army's spokesman said", "the junta's minister met") leave the possessor where it is."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import phrase_hits, roles, weapon_words
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.subjects import ACTIVE_OR_PASSIVE


def _is_means_of_force(noun: Token) -> bool:
    """A weapon, aircraft or armed unit ("artillery", "drones", "fighter jets", "riot unit")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma, lower = noun.lemma_.lower(), noun.lower_
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in {"compound", "amod"}] + [noun]
    lemmas, lowers = [t.lemma_.lower() for t in words], [t.lower_ for t in words]
    if phrase_hits(roles()["air_assets"], lemmas, lowers):
        return True
    if any(lemma in ws or lower in ws for _, ws in weapon_words()):
        return True
    return kind_of(noun, True) in {"state", "armed"}


def possessor_as_doer(token: Token) -> Token:
    """The possessed weapon or unit when ``token`` is its possessor, else ``token`` itself."""
    # only as the clause's subject, the wording the rule was written for; in a by-phrase ("hit
    # by FARC rebels' rifle fire") the owner is left to the other rules, which already read it
    if token.dep_ == "poss" and token.head.i != token.i and token.head.dep_ in ACTIVE_OR_PASSIVE \
            and _is_means_of_force(token.head):
        return token.head
    return token


# Participles that tie a weapon or aircraft to those working it ("drones operated by X").
_WORKED_BY = frozenset({"operate", "fly", "pilot", "control", "launch", "man", "fire", "use",
                        "deploy", "send"})


def operator_as_doer(token: Token) -> Token:
    """The weapon or aircraft ``token`` works when it is the agent of a participle on it that
    is the clause's subject ("drones [operated by X] dropped"), else ``token`` itself."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "agent":
        return token
    verb = prep.head
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _WORKED_BY \
            or noun.dep_ not in ACTIVE_OR_PASSIVE or not _is_means_of_force(noun):
        return token
    return noun
