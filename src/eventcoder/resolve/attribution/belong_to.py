"""'Armed men believed to belong to the EPP kidnapped a rancher': a suspected doer by membership.

A report that cannot name the doers names the group they are thought to belong to: "gunmen
suspected of belonging to the ADF", "armed men believed to belong to X", "assailants thought to
belong to X". The group is the incident's suspected perpetrator; the doers are the group's men.
"""

from __future__ import annotations

from typing import Any

from eventcoder.geoparser.countries import demonym_code
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.arrests import arrests_over_deed
from eventcoder.text.words import word_list

_HEDGE_VERBS = {"believe", "suspect", "think", "say", "presume", "report", "understand"}
_DOER_NOUNS = word_list("doer_nouns") | {"culprit", "killer", "fighter", "militant", "insurgent"}
_PLAIN_NOUNS = {"man", "men", "individual", "people", "person", "youth"}
_ARMED = {"armed", "masked", "hooded", "unidentified", "unknown", "heavily"}
# the arrested, named again as the subject of a belonging clause
_THEY = {"they", "he", "she", "both", "all"}


# "X, the armed wing of Y": the men who belong to a group's wing belong to the group
_PART_NOUNS = {"wing", "arm", "faction", "branch", "cell", "unit", "offshoot"}


def _whole_group(t: Any) -> Any:
    """The name a group's part is in apposition with ("belonged to La Linea, the armed wing of
    the Juarez cartel": from cartel, La Linea); else the token."""
    part = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if part is not None and part.lemma_.lower() in _PART_NOUNS and part.dep_ == "appos":
        return part.head
    return t


def _doer_noun(token: Any) -> bool:
    """'gunmen', 'assailants', or plain men described as armed ('armed men', 'masked men')."""
    lemma = token.lemma_.lower()
    if lemma in _DOER_NOUNS or token.lower_ in _DOER_NOUNS:
        return True
    return (lemma in _PLAIN_NOUNS or token.lower_ in _PLAIN_NOUNS) and any(
        c.lower_ in _ARMED for c in token.children if c.dep_ in {"amod", "compound", "advmod"})


def _belonging(t: Any) -> tuple[Any, list[Any]] | None:
    """(hedge verb, doer nouns) of a hedged 'belong to <t>', when a doer noun belongs."""
    t = _whole_group(t)
    if t.dep_ != "pobj" or t.head.lower_ != "to":
        return None
    belong = t.head.head
    if belong.lemma_.lower() != "belong":
        return None
    arrest = _arrest_of_members(belong)
    if arrest is not None:
        return arrest
    if belong.dep_ == "ccomp" and belong.head.lemma_.lower() in _HEDGE_VERBS:
        # "investigators believed the killers belonged to X": the clause's own subject belongs
        doers = [c for c in belong.children if c.dep_ == "nsubj" and _doer_noun(c)]
        return (belong.head, doers) if doers else None
    hedge = belong.head if belong.dep_ in {"xcomp", "pcomp", "pobj"} else None
    while hedge is not None and hedge.lower_ == "of" and hedge.dep_ == "prep":
        hedge = hedge.head  # "suspected of belonging to"
    if hedge is None or hedge.lemma_.lower() not in _HEDGE_VERBS:
        return None
    if hedge.dep_ in {"acl", "amod"}:
        doers = [hedge.head]
    else:  # the subject, what it is in apposition with, or the noun right before ("men believed")
        subjects = [c for c in hedge.children if c.dep_ in {"nsubj", "nsubjpass"}]
        doers = subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]
        doers += [hedge.doc[hedge.i - 1]] if hedge.i > 0 else []
    doers = [d for d in doers if _doer_noun(d)]
    return (hedge, doers) if doers else None


def _arrest_of_members(belong: Any) -> tuple[Any, list[Any]] | None:
    """'said it had arrested four men in connection with the bombing and that they belonged to
    X', 'detained two men over the blast who belonged to X': the suspects of the deed are X's."""
    if belong.dep_ == "conj" and arrests_over_deed(belong.head):
        held = [c for c in belong.children if c.dep_ == "nsubj" and c.lower_ in _THEY]
        return (belong.head, held) if held else None
    if belong.dep_ == "relcl" and belong.head.dep_ == "dobj" and arrests_over_deed(
            belong.head.head):
        return belong.head.head, [belong.head]
    return None


def believed_member(t: Any) -> rules.Reading | None:
    """The group a hedged 'belong to' names, when the belonging men are the doers."""
    found = _belonging(t)
    if found is None:
        return None
    return rules.Reading(role="perpetrator", attribution="suspected", verb=found[0])


def believed_nation(t: Any) -> rules.Reading | None:
    """ "warplanes believed to be Russian struck the market", "a drone suspected to be Turkish
    hit a car": the thing's nation is only believed, so the state it names is the suspected doer
    of the deed (the parser may make the hedge the root and the deed its complement)."""
    hedge = next((c for c in t.children if c.dep_ == "acl"
                  and c.lemma_.lower() in _HEDGE_VERBS), None)
    deed = t.head if hedge is not None and t.dep_ == "nsubj" else None
    if hedge is None and t.dep_ == "nsubj" and t.head.lemma_.lower() in _HEDGE_VERBS:
        hedge = t.head
        deed = next((c for c in hedge.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if hedge is None or deed is None or deed.pos_ != "VERB":
        return None
    said = [a for b in hedge.children if b.dep_ == "xcomp" and b.lemma_.lower() == "be"
            for a in b.children if a.dep_ in {"acomp", "attr"}]
    if not any(demonym_code(a.text) for a in said):
        return None
    return rules.Reading(role="perpetrator", attribution="suspected", verb=deed)


def drop_member_doers(document: Any, event: Any) -> None:
    """'Armed men believed to belong to X killed ...': the men are X's, so the unnamed group
    their noun gave is no second perpetrator once X is the event's suspected doer."""
    doc = document.spacy_doc
    groups = [a for a in event.actors if a.role == "perpetrator" and a.start is not None]
    doers: set[int] = set()
    for actor in groups:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        found = _belonging(rules.span_root(span)) if span is not None else None
        doers |= {d.i for d in found[1]} if found else set()
    if not doers:
        return
    kept = []
    for actor in event.actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand") \
            if actor.role == "perpetrator" and actor.start is not None else None
        if span is not None and any(t.i in doers for t in span):
            continue  # "armed men" of X, read as an unidentified group
        kept.append(actor)
    event.actors = kept
