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
from eventcoder.resolve.attribution.clause_bounds import stops_governing
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
HEDGE_DEPS = {"amod", "advmod", "compound"}  # a hedge on the name; "Suspected X" parses compound


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
    return any(c.dep_ in HEDGE_DEPS and c.i < token.i and c.lower_ in HEDGES
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


def is_hedged(verb: Any, mention: Any) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "advmod", "amod"}}
    for pred in (c for c in verb.children if c.dep_ == "acomp"):  # 'was (most) likely behind'
        words |= {pred.lower_} | {g.lower_ for g in pred.children if g.dep_ == "advmod"}
    words |= {c.lower_ for c in mention.children if c.dep_ in {"amod", "advmod"}}
    words |= {c.lower_ for c in mention.subtree if c.i < mention.i and c.dep_ == "amod"}
    return bool((words & HEDGES) - WEAK_HEDGES)


# "its fighters", "their forces", "our men": the possessives of a speaker's own group
OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def owned_by_speaker(noun: Any | None, possessives: frozenset[str] = OWN_POSSESSIVES) -> bool:
    """The noun is owned by its/their/our: the speaking group's own men ("its forces")."""
    return noun is not None and any(c.dep_ == "poss" and c.lower_ in possessives
                                    for c in noun.children)


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


def apply_governors(reading: Reading, verb: Any) -> None:
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
    apply_governors(r, verb)
    hedgeable = {"stated", "confirmed", "accused"} if hedge_confirmed else {"stated"}
    if r.attribution in hedgeable and is_hedged(verb, mention):
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
