"""Grammar rules that read one actor mention's part in an incident from the dependency parse.

A mention is the agent or subject of an attack verb (perpetrator), its object or a victim
(target), the subject of "announced" (announcer); the verbs above it say who attributes the act
and how: "claimed by IS" (claimed, by IS), "investigators believe ... carried out by LeJ"
(suspected, by investigators), "police blamed X" (accused, by police), "X denied involvement"
(denied, by X). Hedges (may, allegedly, suspected, believed, presumed) lower stated/confirmed to
suspected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.resolve.attribution.backers import blamed_for_backing
from eventcoder.resolve.attribution.captive import held_captive
from eventcoder.resolve.attribution.clause_bounds import stops_governing
from eventcoder.resolve.attribution.denials import denies_part
from eventcoder.resolve.attribution.dropped_munitions import drops_munitions
from eventcoder.resolve.attribution.possessed_means import operator_as_doer, possessor_as_doer
from eventcoder.resolve.attribution.responders import ends_the_attack, fires_on_doers
from eventcoder.resolve.attribution.speakers import speaker_of
from eventcoder.resolve.attribution.verb_sets import (  # noqa: F401  (re-exported)
    ACCUSE,
    ALWAYS_TRANSITIVE,
    ANNOUNCE,
    ANSWERABLE,
    ATTACK,
    CLAIM,
    CONFIRM,
    DENY,
    GOVERNOR_ATTRIBUTIONS,
    HEDGES,
    SEARCH_NOUNS,
    SUSPECT,
    THEORY_NOUNS,
    VICTIM_VERBS,
    WEAK_HEDGES,
)

_NP_UP = {"compound", "appos", "flat", "nmod", "npadvmod", "amod"}
_HEDGE_DEPS = {"amod", "advmod", "compound"}  # a hedge on the name; "Suspected X" parses compound


@dataclass
class Reading:
    """One mention's part in an incident."""

    role: str = "other"
    attribution: str = "stated"
    by_token: Any = None  # the subject of the attributing verb
    by_self: bool = False  # claimed/denied by the actor itself
    verb: Any = None


def np_head(token: Any) -> Any:
    """Climb from a name inside a noun phrase to the phrase's head ("group" in "the group LeJ")."""
    cur = token
    for _ in range(4):
        if cur.dep_ in _NP_UP and cur.head.i != cur.i and cur.head.pos_ in {"NOUN", "PROPN"}:
            cur = cur.head
        else:
            break
    return cur


def span_root(span: Any) -> Any:
    """The name's own head: 'al-Qaeda in the Arabian Peninsula' whose 'in' phrase the parse hung
    on the word before ('a spokesman for al-Qaeda in ...') has two roots; the noun comes first."""
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    nouns = [t for t in roots if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[0] if len(roots) > 1 and nouns else span.root


def hedged_name(token: Any) -> bool:
    """A hedge inside the name's own phrase ("suspected ZANU-PF youths"), before the name."""
    return any(c.dep_ in _HEDGE_DEPS and c.i < token.i and c.lower_ in HEDGES
               for c in np_head(token).subtree)


def subject_of(verb: Any) -> Any | None:
    """The active subject of a verb, inherited through conjunctions and relative clauses."""
    # active only (csubj, not nsubjpass): a passive's subject is the victim, its doer the agent
    return grammatical_subject(verb, {"nsubj", "csubj"}, {"conj", "xcomp"}, relative_head=True)


def agent_of(verb: Any) -> Any | None:
    """The by-agent of a passive verb."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _hedged(verb: Any, mention: Any) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "advmod", "amod"}}
    for pred in (c for c in verb.children if c.dep_ == "acomp"):  # 'was (most) likely behind'
        words |= {pred.lower_} | {g.lower_ for g in pred.children if g.dep_ == "advmod"}
    words |= {c.lower_ for c in mention.children if c.dep_ in {"amod", "advmod"}}
    words |= {c.lower_ for c in mention.subtree if c.i < mention.i and c.dep_ == "amod"}
    return bool((words & HEDGES) - WEAK_HEDGES)


def predicates_of(verb: Any) -> list[Any]:
    """The verb's children and those of its adjective ('was likely behind': 'behind' on 'likely')."""
    kids = list(verb.children)
    return kids + [g for c in kids if c.dep_ == "acomp" for g in c.children]


def _governors(verb: Any) -> list[Any]:
    """Verbs above ``verb`` up to the sentence root (ccomp, xcomp, advcl chains)."""
    out = []
    cur = verb
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        if cur.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "relcl",
                            "acl", "auxpass", "dobj"}:
            break
        if stops_governing(cur):  # across a semicolon, or "denied ... and said X did it"
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            out.append(cur)
    return out


def _theory_copula(verb: Any) -> bool:
    """'the main line of inquiry was that ...', 'the working theory is that ...': a clause an
    investigation holds as a supposition, not a finding."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lemma_.lower() in THEORY_NOUNS:
            return True
        if c.lemma_.lower() in {"line", "focus"} and any(
                g.lemma_.lower() in SEARCH_NOUNS for p in c.children if p.lower_ == "of"
                for g in p.children):
            return True
    return False


def _apply_governors(reading: Reading, verb: Any) -> None:
    """Let believe/blame/confirm above the act set the attribution and who makes it."""
    govs = _governors(verb)
    for n, gov in enumerate(govs):
        lemma = gov.lemma_.lower()
        if lemma == "be" and _theory_copula(gov):
            above = govs[n + 1] if n + 1 < len(govs) else None
            by = subject_of(above) if above is not None else None
            reading.attribution, reading.by_token = "suspected", by
            return
        for verbs, attribution in GOVERNOR_ATTRIBUTIONS:
            if lemma in verbs:
                reading.attribution, reading.by_token = attribution, subject_of(gov) or agent_of(gov)
                return


def governed_doer(verb: Any, mention: Any, *, hedge_confirmed: bool = True) -> Reading:
    """The mention did ``verb``'s act, as the verbs above it attribute it; a stated (and, with
    ``hedge_confirmed``, a confirmed or told) reading is a suspicion when the act is hedged."""
    r = Reading(role="perpetrator", verb=verb)
    _apply_governors(r, verb)
    hedgeable = {"stated", "confirmed", "accused"} if hedge_confirmed else {"stated"}
    if r.attribution in hedgeable and _hedged(verb, mention):
        r.attribution = "suspected"
    return r


def headline_passive(verb: Any) -> bool:
    """True for a past participle with no auxiliary and no object ("Three soldiers killed
    near Timbuktu"), which headline style uses for the passive."""
    # Verbs that always take an object: without one, "One officer wounded" is a passive even
    # when the tagger reads a past tense.
    objectless = verb.tag_ == "VBD" and verb.lemma_.lower() in ALWAYS_TRANSITIVE
    if verb.tag_ != "VBN" and not objectless:
        return False
    if titled_object(verb):
        return False
    return not any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative"}
                   for c in verb.children) and stranded_object(verb) is None


def titled_object(verb: Any) -> bool:
    """An attack verb the parse hung on the titled name after it ("Members of ETA kidnapped
    businessman X", "the Taliban kidnapped journalist Y"): summary style drops the article
    before a title, and the titled person is the verb's object, not a noun it modifies, when a
    subject or a noun stands right before the verb (not "the kidnapped journalist Y")."""
    head = verb.head
    if verb.dep_ != "amod" or head.i <= verb.i or head.pos_ != "NOUN" or verb.i == 0:
        return False
    named = head.i + 1 < len(verb.doc) and verb.doc[head.i + 1].pos_ == "PROPN"
    before = verb.doc[verb.i - 1]
    return named and (any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
                      or before.pos_ in {"NOUN", "PROPN"})


def stranded_object(verb: Any) -> Any | None:
    """A determined noun phrase the parse hung off a bare participle as an adverb or as a second
    object of a preposition ("police arrested on Friday in Bamako a journalist"): the verb's own
    object, moved after its adjuncts, so the verb is active and past, not a reduced passive."""
    if any(c.dep_ in {"agent", "aux", "auxpass"} for c in verb.children):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for noun in [c for c in verb.children if c.dep_ == "npadvmod"] + [
            o for p in preps for o in [g for g in p.children if g.dep_ == "pobj"][1:]]:
        det = any(d.dep_ in {"det", "nummod", "poss"} for d in noun.children)
        # "killed this week": a time phrase, no object
        if det and noun.pos_ in {"NOUN", "PROPN"} and noun.i > verb.i \
                and noun.ent_type_ not in {"DATE", "TIME"}:
            return noun
    # "... arrested on Wednesday in Libreville the coordinator of ...": the parse may hang the
    # object elsewhere (an apposition to the sentence's first noun) right after the verb's phrase
    nxt = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ in {"det", "nummod", "poss"} and nxt.head.i > nxt.i \
            and nxt.head.pos_ == "NOUN" and nxt.head.dep_ not in {"nsubj", "nsubjpass"} \
            and nxt.head.ent_type_ not in {"DATE", "TIME"}:
        return nxt.head
    return None


def read_mention(token: Any) -> Reading:
    """The role and attribution a mention (its root token) has in its sentence."""
    # "the army's artillery shelled": the owner of the weapon or unit is the doer
    t = np_head(operator_as_doer(possessor_as_doer(np_head(token))))
    t = np_head(speaker_of(t))  # "a spokesman for X claimed": X claims
    r = Reading()
    head = t.head
    lemma = head.lemma_.lower()
    hedge_on_name = bool({c.lower_ for c in t.subtree if c.dep_ in _HEDGE_DEPS and c.i < token.i}
                         & HEDGES)
    if t.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        if _read_agent(head.head, r):
            return r
    elif t.dep_ == "pobj" and head.lower_ in {"on", "against", "upon"}:
        _read_on_object(head, r)
        return r
    elif t.dep_ in {"nsubj", "csubj"}:
        if _read_subject(head, lemma, r):
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
        _apply_governors(r, r.verb)
        if r.attribution in {"stated", "confirmed"} and (_hedged(r.verb, t) or hedge_on_name):
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
        r.role, r.attribution, r.verb = "perpetrator", "accused", grand
        r.by_token = subject_of(grand) or agent_of(grand)
        return
    r.role, r.verb = "target", grand


def _read_subject(head: Any, lemma: str, r: Reading) -> bool:
    """The subject of the governing verb. True when the reading is final."""
    r.verb = head
    if lemma in CLAIM and _claims_a_clause(head):
        return True  # "the army claimed that X killed him": the army tells, X is accused
    if lemma in CLAIM:
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
        own = subj is not None and (subj.lower_ in {"it", "they", "we"} or any(
            c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in subj.children))
        return not own
    return False


def read_subject(head: Any, lemma: str, r: Reading) -> bool:
    """Public: read a subject of ``head`` as :func:`read_mention` does."""
    return _read_subject(head, lemma, r)


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
