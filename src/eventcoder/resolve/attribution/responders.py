"""Those who fire on the attackers are not the attack's doers: "a siege that ended only when
NATO helicopters fired on the attackers", "police shot dead the gunmen", "troops killed the
assailants". A deed whose object is the incident's doers, named by a definite doer noun ("the
attackers", "the gunmen", "the hostage-takers"), tells the response to the attack: its subject
answers the attack and is no perpetrator of it ("soldiers killed three militants" names new
people, not the doers told before, and is left to the other rules).

The same holds for a deed that ends the attack in a "before"/"until" clause on the attacker
himself: "a man stabbed three people before police shot him dead", "... killing 86 people before
being shot dead by police": the pronoun takes up the attack's doer (it agrees with the doer in
number, not with the victims), and a passive clause without a subject of its own has the doer as
its subject.
"""

from __future__ import annotations

from typing import Any

from eventcoder.text.words import word_list

_DOER_NOUNS = word_list("doer_nouns") | {"hostage-taker", "captor", "militant", "insurgent",
                                         "terrorist", "shooter"}
_DEFINITE = frozenset({"the", "these", "those"})
_AT = frozenset({"on", "at", "upon"})
_ENDING = frozenset({"before", "until", "till"})
_PRONOUN_PLURAL = {"him": False, "her": False, "them": True, "he": False, "she": False,
                   "they": True}


def doer_noun(noun: Any) -> bool:
    """'attackers', 'gunman': a noun that names people by the attack they did."""
    word = noun.lemma_.lower()
    return word in _DOER_NOUNS or noun.lower_ in _DOER_NOUNS \
        or (word.endswith("s") and word[:-1] in _DOER_NOUNS)


def _doers(noun: Any) -> bool:
    """'the attackers', 'THE GUNMEN': a definite noun of the attack's doers."""
    return doer_noun(noun) and any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                   for c in noun.children)


def fires_on_doers(verb: Any) -> bool:
    """The verb's object, or the object of its 'on'/'at', is the attack's doers."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"} and _doers(c):
            return True
        if c.dep_ == "prep" and c.lower_ in _AT and any(
                g.dep_ == "pobj" and _doers(g) for g in c.children):
            return True
    return False


def _plural(noun: Any) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} or noun.lower_ in {"they", "them"}


def _ended_clause(verb: Any) -> Any | None:
    """The clause a "before"/"until" clause ends: "killing 86 people [before police shot him]",
    "stabbed three people [before being shot]"; None when the verb opens no such clause."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ENDING
                                    for c in verb.children):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ in _ENDING:
        return verb.head.head
    return None


def _attack_clause(head: Any) -> Any:
    """The finite verb whose subject is the doer, climbing from a participle ("killing")."""
    for _ in range(3):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) or head.head.i == head.i:
            return head
        head = head.head
    return head


def ends_the_attack(verb: Any) -> bool:
    """True for a deed on the attack's own doer in a clause that ends the attack: "before police
    shot him dead", "until troops killed them", "before being shot dead by police"."""
    ended = _ended_clause(verb)
    if ended is None:
        return False
    main = _attack_clause(ended)
    doer = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ == "PRON":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # "before being shot dead by police" has no subject: the doer's; "before he was shot dead
    # by a police officer" takes him up with a pronoun, as "before police shot him" does
    role = {"nsubjpass", "nsubj"} if passive else {"dobj", "obj"}
    obj = next((c for c in verb.children if c.dep_ in role), None)
    if passive and obj is None:
        return True
    if obj is None or obj.lower_ not in _PRONOUN_PLURAL:
        return False
    victims = [c for c in ended.children if c.dep_ in {"dobj", "obj"}]
    plural = _PRONOUN_PLURAL[obj.lower_]
    return _plural(doer) == plural and not any(_plural(v) == plural for v in victims)
