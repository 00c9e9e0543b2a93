"""Deeds named as kinds: what a party will stop, and the reasons a warning cites.

"the rebels said they would suspend kidnappings for ransom", "the group vowed to end attacks on
civilians", "the State Department raised its travel warning, citing kidnapping, gang violence and
civil unrest": the deed word names a kind of act, something a speaker gives up or gives as a
reason, not an incident that took place. A definite deed that is stopped ("troops halted the
attack on the village") or cited by its day is left to the rest of the grammar.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import children

_CUES = cues()
PREVENTION = _CUES["prevention"]
CITING_VERBS = _CUES["citing_verbs"]
# Verbs of ending a practice that the prevention list (verbs of stopping one deed) leaves out.
_ENDING = frozenset({"end", "abandon", "give", "quit", "discontinue", "renounce", "suspend"})
# Nouns of a concern a reason may be named through: "citing the risk of kidnapping".
_CONCERNS = frozenset({"risk", "threat", "danger", "fear", "concern", "spate", "rise", "wave",
                       "level", "levels", "prevalence"})


def _kind(noun: Token) -> bool:
    """A deed noun with no article, possessive, number or date: a kind, not one deed."""
    return noun.pos_ in {"NOUN", "PROPN"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ in {"DATE", "TIME"}
        for c in children(noun))


def _first_of_list(token: Token) -> Token:
    """The first item of the list the token lies in ("kidnapping, gang violence and unrest")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def stopped_kind(token: Token) -> bool:
    """ "would suspend kidnappings", "vowed to end attacks on civilians", "renounced
    kidnapping": a kind of deed given up ("halted the attack on the village" names one deed)."""
    first = _first_of_list(token)
    if first.dep_ != "dobj":
        return False
    verb = first.head
    if verb.lemma_.lower() not in PREVENTION | _ENDING or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return _kind(first)


def cited_kind(token: Token) -> bool:
    """ "citing kidnapping, gang violence and civil unrest", "citing the risk of kidnapping":
    a bare deed noun named as a reason."""
    first = _first_of_list(token)
    if first.dep_ == "pobj" and first.head.lower_ == "of" \
            and first.head.head.lemma_.lower() in _CONCERNS:
        first = _first_of_list(first.head.head)  # "the risk of kidnapping"
    elif not _kind(first):
        return False
    return first.dep_ == "dobj" and first.head.lemma_.lower() in CITING_VERBS

