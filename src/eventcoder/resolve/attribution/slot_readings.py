"""Reading one mention by its slot in the parse: the agent of a passive ("claimed by IS"), the
subject ("IS claimed", "X denied involvement"), the passive subject ("X is suspected"), the object
("police blamed X", "attacked X") or the object of "on" ("blamed on X"). Split from
:mod:`eventcoder.resolve.attribution.rules`, which keeps the phrase helpers and the governors.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.backers import blamed_for_backing
from eventcoder.resolve.attribution.captive import held_captive
from eventcoder.resolve.attribution.claim_objects import claims_an_outcome, owns_a_deed
from eventcoder.resolve.attribution.denials import denies_part
from eventcoder.resolve.attribution.dropped_munitions import drops_munitions
from eventcoder.resolve.attribution.possessed_means import operator_as_doer, possessor_as_doer
from eventcoder.resolve.attribution.responders import ends_the_attack, fires_on_doers
from eventcoder.resolve.attribution.rules import (
    Reading,
    agent_of,
    headline_passive,
    np_head,
    owned_by_speaker,
    predicates_of,
    subject_of,
)
from eventcoder.resolve.attribution.speakers import speaker_of
from eventcoder.resolve.attribution.verb_sets import (
    ACCUSE,
    ANNOUNCE,
    ANSWERABLE,
    ATTACK,
    CLAIM,
    CONFIRM,
    DENY,
    HEDGES,
    SEARCH_NOUNS,
    SUSPECT,
    VICTIM_VERBS,
)


def read_mention(token: Any) -> Reading:
    """The role and attribution a mention (its root token) has in its sentence."""
    # "the army's artillery shelled": the owner of the weapon or unit is the doer
    t = np_head(operator_as_doer(possessor_as_doer(np_head(token))))
    t = np_head(speaker_of(t))  # "a spokesman for X claimed": X claims
    r = Reading()
    head = t.head
    lemma = head.lemma_.lower()
    hedge_on_name = bool({c.lower_ for c in t.subtree if c.dep_ in rules.HEDGE_DEPS and c.i < token.i}
                         & HEDGES)
    if t.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        if _read_agent(head.head, r):
            return r
    elif t.dep_ == "pobj" and head.lower_ in {"on", "against", "upon"}:
        _read_on_object(head, r)
        return r
    elif t.dep_ in {"nsubj", "csubj"}:
        if read_subject(head, lemma, r):
            return r
    elif t.dep_ == "nsubjpass":
        if _read_passive_subject(head, lemma, r):
            return r
    elif t.dep_ in {"dobj", "dative"}:
        if _read_object(head, lemma, r):
            return r
    elif t.dep_ == "poss" and head.lemma_.lower() in ATTACK:
        r.role, r.verb = "perpetrator", head
    if r.role == "perpetrator" and r.verb is not None:
        rules.apply_governors(r, r.verb)
        if r.attribution in {"stated", "confirmed"} and (rules.is_hedged(r.verb, t) or hedge_on_name):
            r.attribution = "suspected"
    elif hedge_on_name:
        r.role, r.attribution = "perpetrator", "suspected"
    return r


def _read_agent(verb: Any, r: Reading) -> bool:
    """'by X': the agent of a passive verb. True when the reading is final."""
    vl = verb.lemma_.lower()
    r.verb = verb
    if vl in CLAIM:
        r.role, r.attribution, r.by_self = "perpetrator", "claimed", True
        return True
    if vl in DENY:
        r.role = "other"
        return True
    if vl in ACCUSE | SUSPECT:
        r.role = "other"  # the one who blames
        return True
    if vl in ATTACK and ends_the_attack(verb):
        r.role = "other"  # "... before being shot dead by police": they ended the attack
        return True
    if vl in ATTACK:
        r.role = "perpetrator"
    return False


def _read_on_object(head: Any, r: Reading) -> None:
    """'blamed on X' names the accused; 'attack on X' the target."""
    grand = head.head
    if grand.pos_ == "NOUN" and grand.dep_ == "dobj" and grand.head.lemma_.lower() in ACCUSE:
        grand = grand.head  # "blamed the attack on X": the parse hangs "on X" on the noun
    if grand.lemma_.lower() in ACCUSE:
        r.role, r.verb = "perpetrator", grand
        r.by_token = subject_of(grand) or agent_of(grand)
        # "The attack was blamed on X" with no blamer is the report's suspicion, as "X was
        # blamed for the attack" is (_read_passive_subject); "police blamed it on X" accuses
        r.attribution = "accused" if r.by_token is not None else "suspected"
        return
    r.role, r.verb = "target", grand


def read_subject(head: Any, lemma: str, r: Reading) -> bool:
    """The subject of the governing verb. True when the reading is final."""
    r.verb = head
    if lemma in CLAIM and _claims_a_clause(head):
        return True  # "the army claimed that X killed him": the army tells, X is accused
    if lemma in CLAIM and any(c.dep_ == "neg" for c in head.children):
        return True  # "the group did not claim it", "X never claimed the attack": no claim
    if lemma in CLAIM and claims_an_outcome(head):
        return True  # "police claim victory over the gang": an outcome told, no deed owned
    if lemma in CLAIM or owns_a_deed(head):
        r.role, r.attribution, r.by_self = "perpetrator", "claimed", True
        return True
    if lemma in DENY:
        if denies_part(head):
            r.role, r.attribution, r.by_self = "perpetrator", "denied", True
        return True
    if lemma in ANNOUNCE:
        r.role = "announcer"
        return True
    if lemma in ACCUSE | SUSPECT | CONFIRM | {"tell", "add"}:
        return True  # the attributor, not a party to the act
    if lemma == "be" and any(c.lower_ == "behind" for c in predicates_of(head)):
        r.role = "perpetrator"
    elif lemma == "be" and any(c.lemma_.lower() in ANSWERABLE for c in head.children):
        r.role = "perpetrator"
    elif lemma in ATTACK and _searches(head):
        r.role = "other"  # "police launched a manhunt for ...": they look for the doers
        return True
    elif lemma in ATTACK and (fires_on_doers(head) or ends_the_attack(head)):
        r.role = "other"  # "NATO helicopters fired on the attackers": a response to the attack
        return True
    elif lemma in ATTACK and headline_passive(head):
        r.role = "target"  # "three soldiers killed": a reduced passive, not an agent
        return True
    elif lemma in ATTACK or drops_munitions(head):
        r.role = "perpetrator"
    elif lemma in VICTIM_VERBS:
        r.role = "target"
        return True
    return False


def _searches(verb: Any) -> bool:
    """Whether the verb's object is a search or an inquiry ("launched a manhunt", "opened a probe")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SEARCH_NOUNS for c in verb.children)


def _claims_a_clause(verb: Any) -> bool:
    """True for "claim that ..." with no object: an assertion about an act, not a claim of it
    (unless the act is the claimant's own: "the rebels claimed they shot down a drone")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        # "claims to represent six communities": a standing it asserts, not a deed it owns
        # ("claimed to have carried out the attack", "claimed to be behind it" are claims)
        lemma = comp.lemma_.lower()
        return not (lemma in ATTACK or lemma == "be" and any(
            c.lower_ == "behind" or c.lemma_.lower() in ANSWERABLE for c in predicates_of(comp)))
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = subject_of(comp)
        own = subj is not None and (subj.lower_ in {"it", "they", "we"} or owned_by_speaker(subj))
        return not own
    return False


def _read_passive_subject(head: Any, lemma: str, r: Reading) -> bool:
    """The subject of a passive verb ('X is suspected', 'X was attacked')."""
    r.verb = head
    if held_captive(head, lemma):
        return False
    if lemma in ACCUSE and blamed_for_backing(head):
        return True  # "Georgia was accused of arming the rebels"
    if lemma in SUSPECT | ACCUSE:
        r.role = "perpetrator"
        r.by_token = agent_of(head)
        # "X was blamed for the attack" with no blamer is the report's suspicion, no accusation
        r.attribution = "accused" if lemma in ACCUSE and r.by_token is not None else "suspected"
        return True
    if lemma in ATTACK or lemma in VICTIM_VERBS:
        r.role = "target"
        return True
    return False


def _read_object(head: Any, lemma: str, r: Reading) -> bool:
    """The object of the governing verb ('blamed X', 'attacked X')."""
    r.verb = head
    if held_captive(head, lemma):
        return False
    if lemma in ACCUSE and blamed_for_backing(head):
        return True  # "blamed India for backing the attackers": a sponsor, not the doer
    if lemma in ACCUSE:
        r.role, r.attribution, r.by_token = "perpetrator", "accused", subject_of(head)
        return True
    if lemma in SUSPECT:
        r.role, r.attribution, r.by_token = "perpetrator", "suspected", subject_of(head)
        return True
    if lemma in ATTACK:
        r.role = "target"
        return True
    return False
