"""Cues that a sentence tells a deed of its own, apart from the incident before it.

- A flash-back with a new subject: "Earlier in the day, a bomb hidden in a market killed 22
  people", "Less than an hour earlier, a suicide car bomb exploded": a fronted "earlier" moves
  the story back to a deed before the lead's, and an indefinite or bare subject ("a bomb",
  "gunmen") introduces it as new ("Earlier, the blast had damaged ..." refers back and stays).
  "On the same day, a gunman killed 38 people" likewise: the lead's day named as another's.
- A likening: "The attack was similar to those in Nice, in which 86 people were killed",
  "The bombing echoed the 2016 attack that killed 30": the deeds compared with are others.
- Another place: "exploded at a police station in another district of the city", "in a
  different town": the deed happened somewhere else than the one before it.
A cue in the sentence's first words ("Separately, ...", "In another attack, ...") is
``roles()["separators"]``; these are read from the parse anywhere in the sentence.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from eventcoder.nlp.doc_cache import children, span_tokens

_EARLIER = frozenset({"earlier", "before"})
_ALIKE = frozenset({"similar", "reminiscent", "comparable", "identical"})
_LIKENING = frozenset({"resemble", "echo", "mirror"})
_SAME_TIMES = frozenset({"day", "night", "morning", "afternoon", "evening", "weekend"})
_OTHER = frozenset({"another", "different", "separate"})
_LOCATIVE = frozenset({"in", "at", "near", "on", "outside"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def _new_subject(verb: Any) -> bool:
    """The verb's subject is introduced as new: "a bomb", "gunmen", "two suicide bombers"."""
    subj = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    return not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in children(subj))


def _same_time(t: Any) -> bool:
    """'On the same day', 'That same night': a time phrase naming the last deed's time as
    another deed's (the same deed is never told as happening on its own day)."""
    noun = t.head if t.lower_ == "same" and t.dep_ == "amod" else None
    if noun is None or noun.lower_ not in _SAME_TIMES:
        return False
    return noun.dep_ == "npadvmod" or (noun.dep_ == "pobj" and noun.head.dep_ == "prep"
                                       and noun.head.lower_ in {"on", "at", "in", "during"})


def _fronted_earlier(sent: Span) -> bool:
    """'Earlier in the day, a bomb ... killed': an 'earlier' before the main verb's subject;
    'On the same day, a gunman killed' likewise."""
    for t in span_tokens(sent):
        if _same_time(t):
            verb = next((a for a in [t.head.head, t.head.head.head] if a.dep_ == "ROOT"), None)
            if verb is None:
                continue
        elif t.lower_ not in _EARLIER or t.dep_ != "advmod" or t.head.dep_ != "ROOT":
            continue
        else:
            verb = t.head
        subj = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and t.i < subj.i and _new_subject(verb):
            return True
    return False


def _other_place(sent: Span) -> bool:
    """'in another district', 'at a different market': a place other than the last one."""
    return any(t.lower_ in _OTHER and t.dep_ in {"det", "amod"} and t.head.dep_ == "pobj"
               and t.head.head.lower_ in _LOCATIVE for t in span_tokens(sent))


def likened(sent: Span) -> bool:
    """'The attack was similar to those in Nice ..., in which 86 people were killed': the deeds
    a comparison names are others, whatever the parse hangs their words on."""
    root = sent.root
    if root.lemma_.lower() in _LIKENING:
        return True
    return root.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _ALIKE and any(g.lower_ == "to" for g in children(c))
        for c in children(root))


def told_apart(sent: Span) -> bool:
    """The sentence tells a deed apart from the incident before it (see the module doc)."""
    return _fronted_earlier(sent) or _other_place(sent) or likened(sent)


def latest_told(incidents: list[Any], nouns: list[Any]) -> Any:
    """'A car bomb exploded at a police station ... IS claimed that attack': a demonstrative
    noun ("that attack", "this bombing") points to the deed told in the sentence just before,
    not to an earlier incident whose word it repeats."""
    if not nouns or not all(any(c.dep_ == "det" and c.lower_ in {"that", "this"}
                                for c in children(m.token)) for m in nouns):
        return None
    si = nouns[0].sent
    told = [inc for inc in incidents if inc.sents]
    last = max(told, key=lambda inc: max(inc.sents), default=None)
    return last if last is not None and max(last.sents) == si - 1 else None


def _shares_place(inc: Any, places: set[str]) -> bool:
    words = {w for p in places for w in p.split()}
    return bool(words & {w for p in inc.places for w in p.split()})


def named_place_first(incidents: list[Any], places: set[str]) -> list[Any]:
    """The incidents a cluster may continue, latest first, but those sharing a place the cluster
    names before the rest: "The first blast in Quetta" continues the Quetta bombing even after
    a bombing elsewhere was told."""
    latest = list(reversed(incidents))
    if not places:
        return latest
    return [i for i in latest if _shares_place(i, places)] + \
        [i for i in latest if not _shares_place(i, places)]
