"""Crowd control by the state is an intervention in a protest, not an attack on civilians.

Tear gas, water cannon, rubber bullets, stun grenades, shots fired into the air or into the
crowd are the means of policing a gathering: when soldiers or police use them on a group of
people ("police fired tear gas at supporters of the opposition leader", "troops fired into the
air to disperse traders"),
the people were gathered, and ACLED codes the event as Protests / Protest with intervention;
Excessive force against protesters when someone is killed; Riots / Violent demonstration when
the crowd itself was violent (stones, arson). Only the people the force was aimed at decide:
a group (a crowd word, supporters, or people told to be dispersed, gathered or demanding
something), not an armed group nor a house or a school.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventcoder.extract.events.crowd_deeds import crowd_did_violence, demonstrators_violent
from eventcoder.extract.events.sides import incident_sides
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.lexicon import roles
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children, span_text
from eventcoder.typer.crowd_types import EXCESSIVE, INTERVENTION, VIOLENT_DEMO

# Live fire aimed at the gathering itself ("fired live ammunition into the crowd").
_INTO_CROWD_WORDS = r"fired (?:\w+\s+){0,3}?into (?:the |a )?crowd"
_INTO_CROWD = re.compile(rf"\b{_INTO_CROWD_WORDS}\b", re.IGNORECASE)
# The means of crowd control; shots "in/into the air" are aimed at no one.
_MEANS = re.compile(
    r"\b(?:tear[- ]?gas|teargas|water[- ]?cannons?|rubber(?:[- ]coated)? bullets?|pellet guns?|"
    r"pepper spray|stun grenades?|flash[- ]?bangs?|warning shots|(?:baton|lathi)[- ]?charg(?:ed?|ing)|"
    r"(?:used|using|use|wielding|wielded|swinging|swung) (?:their |wooden |long )?batons|"
    r"charg(?:ed|ing|e) (?:\w+\s+){0,3}?with (?:their )?(?:batons|truncheons|clubs)|"
    r"(?:fired|firing|fire|shot|shooting|shoot|shots)\s+(?:\w+\s+){0,3}?(?:in|into) the air|"
    rf"{_INTO_CROWD_WORDS})\b",
    re.IGNORECASE)
# Words that tell the people were a gathering the force broke up.
_DISPERSE = re.compile(r"\b(?:dispers\w*|scatter(?:ed|ing)?|br(?:oke|eak|oken) up|"
                       r"clear(?:ed|ing)?|evict(?:ed|ing)?)\b",
                       re.IGNORECASE)
# Nouns of a gathering or of a leader's followers.
_GATHERING_NOUNS = frozenset({"crowd", "supporter", "gathering", "mourner", "follower", "throng",
                              "rally", "march", "assembly", "congregation"})
# Verbs whose participle or relative clause makes the people a gathering ("workers demanding
# unpaid wages", "students who had gathered outside the ministry").
_GATHERED_VERBS = frozenset({"demand", "gather", "assemble", "march", "rally", "chant",
                             "converge", "protest", "demonstrate", "picket", "strike", "call",
                             "stage"})


def _gathering(target: Token) -> bool:
    """The people the force hit are named as a gathering."""
    if target.lemma_.lower() in _GATHERING_NOUNS:
        return True
    return any(c.dep_ in {"acl", "relcl", "amod"} and c.lemma_.lower() in _GATHERED_VERBS
               for c in children(target))


# Verbs that take the gathering the force broke up as their object ("to disperse traders").
_DISPERSE_VERBS = frozenset({"disperse", "scatter", "clear", "evict"})


def _verb_of(token: Token) -> Token:
    """The verb a word of the means hangs from ("police [used] batons", "[fired] tear gas")."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _clause_dispersal(sents: list[Span]) -> bool:
    """One clause tells the state's means used to break up people: "police used batons to
    disperse traders", "troops fired tear gas to clear students" (when the incident's trigger is
    only the crowd's grievance, its sides name neither the police nor the crowd)."""
    for sent in sents:
        for match in _MEANS.finditer(span_text(sent)):
            span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            verb = _verb_of(span.root)
            doers = [c for c in children(verb) if c.dep_ == "nsubj"]
            if not any(kind_of(d, True) == "state" for d in doers):
                continue
            for purpose in children(verb):
                if purpose.dep_ in {"xcomp", "advcl"} \
                        and purpose.lemma_.lower() in _DISPERSE_VERBS:
                    people = [o for o in children(purpose) if o.dep_ == "dobj"]
                    if people and all(kind_of(o, False) not in {"state", "armed"}
                                      and o.pos_ in {"NOUN", "PROPN"} for o in people):
                        return True
    return False


def _fired_into_crowd(sents: list[Span]) -> bool:
    """Soldiers or police fired into the crowd of people the note tells were gathered or
    demanding something ("gathered near the airport ... police fired into the crowd")."""
    gathered = any(t.lemma_.lower() in _GATHERED_VERBS for s in sents for t in s)
    for sent in sents:
        for match in _INTO_CROWD.finditer(span_text(sent)):
            span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            verb = span[0]
            doers = [c for c in children(verb) if c.dep_ == "nsubj"]
            if gathered and doers and all(kind_of(d, True) == "state" for d in doers):
                return True
    return False


def crowd_control_type(mentions: list[TriggerMention], sents: list[Span],
                       killed: bool) -> tuple[str, str] | None:
    """The protest or riot typing of state crowd control on a gathering, or None."""
    text = " ".join(span_text(s) for s in sents)
    if not _MEANS.search(text):
        return None
    if _clause_dispersal(sents) or _fired_into_crowd(sents):
        return _crowd_typing(mentions, sents, killed)
    perps, targets, parties = incident_sides(mentions)
    if not any(kind_of(p, True) == "state" for p in perps):
        return None
    people = [t for t in targets + parties if kind_of(t, False) not in {"state", "armed"}
              and t.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not people or len(people) != len(targets + parties):
        return None  # no one, or an armed side too: a fight, not crowd control
    if not (_DISPERSE.search(text) or any(_gathering(t) for t in people)):
        return None
    return _crowd_typing(mentions, sents, killed)


def _crowd_typing(mentions: list[TriggerMention], sents: list[Span],
                  killed: bool) -> tuple[str, str]:
    """A violent crowd's riot, a deadly intervention, or an intervention."""
    if crowd_did_violence(mentions) or demonstrators_violent(sents, roles()["violent_demo"]):
        return VIOLENT_DEMO
    return EXCESSIVE if killed else INTERVENTION
