"""Cues that a sentence tells a deed of its own, apart from the incident before it.

- A flash-back with a new subject: "Earlier in the day, a bomb hidden in a market killed 22
  people", "Less than an hour earlier, a suicide car bomb exploded": a fronted "earlier" moves
  the story back to a deed before the lead's, and an indefinite or bare subject ("a bomb",
  "gunmen") introduces it as new ("Earlier, the blast had damaged ..." refers back and stays).
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
_OTHER = frozenset({"another", "different", "separate"})
_LOCATIVE = frozenset({"in", "at", "near", "on", "outside"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def _new_subject(verb: Any) -> bool:
    """The verb's subject is introduced as new: "a bomb", "gunmen", "two suicide bombers"."""
    subj = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    return not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in children(subj))


def _fronted_earlier(sent: Span) -> bool:
    """'Earlier in the day, a bomb ... killed': an 'earlier' before the main verb's subject."""
    for t in span_tokens(sent):
        if t.lower_ not in _EARLIER or t.dep_ != "advmod" or t.head.dep_ != "ROOT":
            continue
        verb = t.head
        subj = next((c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and t.i < subj.i and _new_subject(verb):
            return True
    return False


def _other_place(sent: Span) -> bool:
    """'in another district', 'at a different market': a place other than the last one."""
    return any(t.lower_ in _OTHER and t.dep_ in {"det", "amod"} and t.head.dep_ == "pobj"
               and t.head.head.lower_ in _LOCATIVE for t in span_tokens(sent))


def told_apart(sent: Span) -> bool:
    """The sentence tells a deed apart from the incident before it (see the module doc)."""
    return _fronted_earlier(sent) or _other_place(sent)


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
