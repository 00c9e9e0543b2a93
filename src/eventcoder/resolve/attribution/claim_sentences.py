"""Sentences that speak of who did an incident, wherever they stand in the report.

A claim of responsibility ("X claimed responsibility for detonating a bomb", "guerrillas took
credit for the act"), an accusation aimed at a doer ("police blamed the bombing on X", "the
attack was attributed to X") or an account of who did it ("the peasants were murdered by X
members") is always about an incident, even when the sentence repeats no trigger the event
finder keeps. Such a sentence that no event owns is read for the incident before it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import ATTACK_NOUNS, RESPONSIBILITY, SELF_VERBS
from eventcoder.resolve.attribution.avenged_claims import claims_avenged_deed
from eventcoder.resolve.attribution.rules import Reading, owned_by_speaker, subject_of

# Verbs that put an act on someone: their object or "to/on" phrase names the doer.
BLAME_VERBS = {"blame", "attribute", "accuse", "suspect", "implicate", "hold"}
# Nouns of a deed that a blame verb may be about, beyond the attack nouns ("the terrorist act").
DEED_NOUNS = ATTACK_NOUNS | {"act", "crime", "attack", "explosion", "blast", "incident",
                             "bombing", "murder", "death", "deaths"}


NEGATORS = {"not", "n't", "never", "no", "none", "hardly", "scarcely", "neither", "nor"}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "a", "an"}


def negated(verb: Any) -> bool:
    """'has not claimed', 'claimed responsibility for hardly any of those incidents'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(t.lower_ in NEGATORS for c in verb.children if c.dep_ in {"prep", "dobj"}
               for t in c.subtree)


def one_deed(noun: Any) -> bool:
    """A deed told as one incident ('the attack', 'a bombing'), not a record ('attacks')."""
    return noun.tag_ != "NNS" or any(c.lower_ in _DEFINITE for c in noun.children)


def _claim(token: Any) -> bool:
    """'claimed/admitted/took responsibility (credit, authorship)', 'claims of responsibility'."""
    if token.lemma_.lower() not in RESPONSIBILITY:
        return False
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in SELF_VERBS - {"deny", "bear"}:
        deeds = [t for t in head.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in DEED_NOUNS]
        return not negated(head) and all(one_deed(d) for d in deeds)
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "claim"


def _blame(token: Any) -> bool:
    """A blame verb with one deed in its clause ('blamed X for the attack', 'the bombing was
    attributed to X'), not a record ('has been accused of carrying out attacks')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in BLAME_VERBS or negated(token):
        return False
    deeds = [t for t in token.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in DEED_NOUNS]
    return bool(deeds) and all(one_deed(d) for d in deeds)


def speaks_of_doer(sent: Any) -> bool:
    """True if the sentence claims an incident or lays it on someone."""
    return any(_claim(t) or _blame(t) for t in sent)


_OWN_PRONOUNS = {"it", "they", "we"}
# Attributors that are no party: what "sources" or "reports" lay on a group is a suspicion.
_NOBODY_IN_PARTICULAR = {"source", "sources", "report", "reports", "accounts", "rumours",
                         "rumors"}
_FIRST_PERSON = {"we", "our", "us"}


def whose_voice(reading: Reading, by: str | None, actor_name: str, mention: str) -> str:
    """An attribution weighed by who makes it: a claim someone makes for another is an
    accusation ("the army claimed that X killed him"); an account a group gives of its own deed
    is a claim ("the FMLN reports that FMLN columns attacked ...", "we attacked the post")."""
    attribution = reading.attribution
    if reading.role == "perpetrator" and attribution == "stated" \
            and mention.lower() in _FIRST_PERSON:
        return "claimed"
    if not by or by.lower() in _OWN_PRONOUNS:
        return attribution
    if attribution == "accused" and by.lower().split()[-1] in _NOBODY_IN_PARTICULAR:
        return "suspected"  # "sources attributed the attack to X": no party accuses
    if attribution == "claimed" and by != actor_name and not _own_men_did(reading.verb):
        return "accused"
    if attribution == "confirmed" and by == actor_name:
        return "claimed"
    return attribution


def _own_men_did(verb: Any | None) -> bool:
    """'the government claimed its forces killed 20 militants': the claimant's own men did the
    deed, so the claim is theirs (a claim, not an accusation of another party)."""
    return verb is not None and owned_by_speaker(subject_of(verb))


# Words that make a claimed deed another one than the report's ("had claimed a similar attack
# in May", "claimed responsibility for an earlier bombing", "claimed another attack").
OTHER_DEED_WORDS = {"similar", "earlier", "previous", "prior", "separate", "another", "other",
                    "past", "former"}


# devices an own-deed clause may name for the deed ("said it had planted a similar bomb")
_DEVICES = {"bomb", "device", "mine", "explosive", "explosives"}


def _another(noun: Any) -> bool:
    """'a similar attack', 'an earlier bombing', 'another bomb': a deed other than the news.
    (A distal 'that attack' may point to another incident the report also tells, so it is
    left to the incidents: "... a car bomb hit a police station. IS claimed that attack.")"""
    if noun.lemma_.lower() not in DEED_NOUNS | _DEVICES:
        return False
    return any(c.dep_ in {"amod", "det"} and c.lower_ in OTHER_DEED_WORDS for c in noun.children)


def claims_another_deed(verb: Any) -> bool:
    """True for a claim whose object is another deed than the incident ("IS had claimed a
    similar attack on recruits in May", "said its fighters had carried out a similar raid in
    March"): the claimant did that deed, not this one."""
    if verb is None:
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    holders = [verb, *objs, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    for holder in holders:  # "claimed responsibility for", "was behind", "responsible for"
        objs += [g for p in holder.children if p.dep_ == "prep" and p.lower_ in {"for", "behind"}
                 for g in p.children if g.dep_ == "pobj"]
    # "said it had planted that bomb": the own-deed clause's object is the claimed deed too
    objs += [c for c in verb.children if c.dep_ == "ccomp" for c in c.children if c.dep_ == "dobj"]
    return any(_another(o) or claims_avenged_deed(o) for o in objs)
