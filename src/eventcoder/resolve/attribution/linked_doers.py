"""Doers named through the people who carried out the act.

- suspicion on the doers' identity: "gunmen believed to be from X killed ...", "three men, who
  are suspected to be members of X, shot ...": X did the deed, as a suspicion;
- the doers identified after the act: "the men who fired on the crowd were members of X": X did
  it, in the voice of whoever says so;
- those behind the doers: "hitmen paid by X killed ...", "gunmen sent by X", and "X planned /
  ordered / directed the attack": the principal is a perpetrator of the act;
- the deed laid on a name: "this action involved commandos of X", "it could have been X".

Each rule needs the doers' own act: "officials believed to be from the party" or "men paid by X"
who did nothing harmful leave X unread.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import ATTACK_NOUNS, MEMBER_PEOPLE, noun_lemma
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading
from eventcoder.resolve.attribution.slot_readings import read_mention
from eventcoder.text.words import word_list

# Nouns for the people who did an act, beyond the members of a group.
DOER_NOUNS = word_list("doer_nouns") | {"culprit", "killer", "murderer", "hitman", "assassin",
                                        "man", "individual", "youth", "person"}
# Verbs by which a principal stands behind the doers ("hitmen paid by X").
PRINCIPAL_VERBS = {"hire", "pay", "send", "contract", "recruit", "finance", "dispatch", "employ"}
# Verbs by which a principal makes the act happen ("X planned the attack").
PLAN_VERBS = {"plan", "order", "organize", "organise", "direct", "mastermind", "commission",
              "finance", "sponsor", "mount"}
DEED_NOUNS = ATTACK_NOUNS | {"operation", "crime", "murder", "massacre", "bombing"}
_BELIEF_VERBS = rules.SUSPECT - {"say", "indicate", "point"}


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _doers_act(noun: Any) -> Any | None:
    """The harmful act the noun's people did in their sentence, if any."""
    reading = read_mention(noun)
    return reading.verb if reading.role == "perpetrator" else None


def _believed_doer(t: Any) -> Reading | None:
    """'gunmen believed to be from X killed ...': X did what the described doers did."""
    if t.dep_ == "pobj" and t.head.lower_ in {"from", "with"}:
        be = t.head.head
    elif t.dep_ == "attr":
        be = t.head
    else:
        return None
    belief = be.head
    if be.lemma_ != "be" or be.dep_ not in {"xcomp", "ccomp"} \
            or belief.lemma_.lower() not in _BELIEF_VERBS:
        return None
    if belief.dep_ in {"acl", "relcl"}:
        verb = _doers_act(belief.head)
    else:
        # the parser may make "believed" the main verb, the doers its subject and the deed its
        # conjunct; "officials believed to be from X" are no doers
        doers = rules.subject_of(belief)
        if doers is None or noun_lemma(doers) not in DOER_NOUNS | MEMBER_PEOPLE:
            return None
        verb = next((v for v in belief.conjuncts if v.lemma_.lower() in rules.ATTACK
                     and not _own_subject(v)), None)
    if verb is None:
        return None
    return Reading(role="perpetrator", attribution="suspected", verb=verb)


def _the_doers(noun: Any) -> bool:
    """'the attackers', 'the gunmen': the incident's doers named by what they did (a definite
    doer noun; 'the men' or 'the youths' may be anyone)."""
    return noun_lemma(noun) in DOER_NOUNS - {"man", "individual", "youth", "person"} \
        and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)


def _identified_doers(t: Any) -> Reading | None:
    """'the men who fired on the crowd were members of X', 'the attackers were suspected members
    of X': the doers (of a relative clause, or named as doers) are said to be X."""
    if t.dep_ == "oprd" and t.head.lemma_.lower() in {"suspect", "believe"}:
        # "the attackers were suspected members of X", parsed as a passive 'suspected'
        doers = next((c for c in t.head.children if c.dep_ == "nsubjpass"), None)
        if doers is not None and _the_doers(doers):
            return Reading(role="perpetrator", attribution="suspected", verb=t.head)
        return None
    if t.dep_ != "attr" or t.head.lemma_ != "be":
        return None
    be = t.head
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    act = next((rel for rel in subj.children if rel.dep_ == "relcl"
                and rel.lemma_.lower() in rules.ATTACK and not rules.headline_passive(rel)
                and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that", "which"}
                        for c in rel.children)), None)
    if act is None and not _the_doers(subj):
        return None
    return rules.governed_doer(be, t, hedge_confirmed=False)


def _principal(t: Any) -> Reading | None:
    """'hitmen paid by X killed ...', 'gunmen sent by X': X stands behind the doers' act."""
    if t.dep_ != "pobj" or t.head.lower_ != "by" or t.head.dep_ != "agent":
        return None
    verb = t.head.head
    if verb.lemma_.lower() not in PRINCIPAL_VERBS or verb.dep_ != "acl":
        return None
    act = _doers_act(verb.head)
    if act is None:
        return None
    r = Reading(role="perpetrator", verb=act)
    rules.apply_governors(r, act)
    return r


def _planner(t: Any) -> Reading | None:
    """'X planned the attack', 'the attack was ordered by X': X made the act happen."""
    if t.dep_ == "nsubj":
        verb = t.head
        deed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
        verb = t.head.head
        deed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        deed = deed if deed is not None or verb.dep_ != "acl" else verb.head
    else:
        return None
    if verb.lemma_.lower() not in PLAN_VERBS or deed is None \
            or deed.lemma_.lower() not in DEED_NOUNS:
        return None
    return rules.governed_doer(verb, t)


def _deed_involved(t: Any) -> Reading | None:
    """'this action involved urban commandos of X', 'it could have been X': the deed is laid on
    X, as a suspicion when hedged ("it is presumed that ...", "could")."""
    verb = t.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    deed = subj.lemma_.lower() in DEED_NOUNS | {"action", "act", "incident", "crime"}
    if t.dep_ == "dobj" and verb.lemma_.lower() == "involve" and deed:
        r = Reading(role="perpetrator", verb=verb)
    elif t.dep_ == "attr" and verb.lemma_ == "be" and (deed or subj.lower_ in {"it", "this"}) \
            and any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"}
                    for c in verb.children):
        return Reading(role="perpetrator", attribution="suspected", verb=verb)
    else:
        return None
    rules.apply_governors(r, verb)
    if r.attribution in {"stated", "confirmed"} and rules.is_hedged(verb, t):
        r.attribution = "suspected"
    return r


# Words naming doers by the group they serve ("fighters loyal to X", "militants affiliated with
# X"); "linked/tied to X" is read with the other suspicions (forms._suspicion).
LOYAL_WORDS = {"loyal", "affiliated", "allied", "aligned", "belonging"}


def _loyal_doer(t: Any) -> Reading | None:
    """'fighters loyal to X abducted ...', 'officials suspected militants affiliated with X':
    X did what its men did, in the same voice."""
    if t.dep_ != "pobj" or t.head.lower_ not in {"to", "with"}:
        return None
    word = t.head.head
    if word.lower_ not in LOYAL_WORDS or word.dep_ not in {"amod", "acl", "acomp"}:
        return None
    people = word.head
    if noun_lemma(people) not in MEMBER_PEOPLE | DOER_NOUNS:
        return None
    reading = read_mention(people)
    return reading if reading.role == "perpetrator" else None


def linked_doer(t: Any) -> Reading | None:
    """The reading of a name tied to the deed through its doers or as their principal."""
    return (_believed_doer(t) or _identified_doers(t) or _principal(t) or _planner(t)
            or _deed_involved(t) or _loyal_doer(t))
