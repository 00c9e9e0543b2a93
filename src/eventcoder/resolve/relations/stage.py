"""Stage 'relations': actor-to-actor relations the text states, each with its evidence.

Two sources: the attribution readings of each event (a claimed / suspected / accused
perpetrator → claimed_attack_on / suspected_of_attack_on / accused_of_attack_on each target),
and cue phrases between two actor mentions in a sentence ("X, a splinter group of Y", "get
access to Y's funding", "the group, based in Punjab"). Cue phrases live in data/relations.yaml.
A pronoun or "the group" with no actor before it in the sentence stands for the last armed group
named before the sentence.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.document import Actor, Document, Evidence, Relation
from eventcoder.nlp.doc_cache import doc_sents
from eventcoder.registry import stage

log = logging.getLogger(__name__)

ATTACK_RELATION = {"claimed": "claimed_attack_on", "suspected": "suspected_of_attack_on",
                   "accused": "accused_of_attack_on"}
_PARTY_KINDS = {"armed group", "militia", "state forces", "international force", "government",
                "political party"}
# A source named further than this before its cue is not the cue's subject.
MAX_GAP = 120
_NEGATORS = {"deny", "reject", "dismiss", "refute", "not", "never", "no"}


@functools.cache
def cues() -> dict[str, list[re.Pattern[str]]]:
    """relation → compiled cue patterns (data/relations.yaml)."""
    raw = load_data("relations.yaml")
    return {rel: [re.compile(p, re.IGNORECASE) for p in pats] for rel, pats in raw["cues"].items()}


@functools.cache
def place_cues() -> dict[str, list[re.Pattern[str]]]:
    """relation → patterns whose group 'place' names a place (based_in, operates_in)."""
    raw = load_data("relations.yaml")
    return {rel: [re.compile(p) for p in pats] for rel, pats in raw["place_cues"].items()}


def _mentions_in(document: Document, start: int, end: int) -> list[tuple[int, int, Actor]]:
    out = []
    for actor in document.actors:
        if actor.kind not in _PARTY_KINDS and not (actor.kind or "").startswith("communal"):
            continue
        for m in actor.mentions:
            if start <= m.start and m.end <= end:
                out.append((m.start, m.end, actor))
    return sorted(out, key=lambda t: t[0])


def _last_group_before(document: Document, pos: int) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for actor in document.actors:
        if actor.kind not in {"armed group", "militia"}:
            continue
        for m in actor.mentions:
            if m.end <= pos and (best is None or m.start > best[0]):
                best = (m.start, actor)
    return best[1] if best else None


def _negated(doc: Any, start: int, end: int) -> bool:
    """True if the phrase sits under a denial or a negation ("denied that IS is operating")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in [span.root, *span.root.ancestors]:
        if tok.lemma_.lower() in _NEGATORS or any(c.dep_ == "neg" for c in tok.children):
            return True
    return False


def _add(out: list[Relation], seen: set[tuple[str, str, str, int]], source: str, target: str,
         relation: str, text: str, start: int, end: int) -> None:
    if source == target:
        return
    key = (source, target, relation, start)
    if key in seen:
        return
    seen.add(key)
    out.append(Relation(source, target, relation, Evidence("relations", start, end, text[start:end])))


def _sentence_bounds(sent: Any, text: str) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def attack_relations(document: Document, out: list[Relation], seen: set) -> None:
    """claimed/suspected/accused perpetrators → each target of the same event."""
    text = document.text
    for event in document.events:
        targets = [a for a in event.actors if a.role == "target" and a.actor_id]
        for actor_id, role, attribution, _by, s, e in getattr(event, "_readings", []):
            rel = ATTACK_RELATION.get(attribution)
            actor = document.actor_by_id(actor_id)
            if rel is None or role != "perpetrator" or actor is None:
                continue
            for tgt in targets:
                _add(out, seen, actor.name, tgt.name, rel, text, s, e)


def cue_relations(document: Document, out: list[Relation], seen: set) -> None:
    """Relations stated by a cue phrase between two actors in one sentence."""
    text = document.text
    doc = document.spacy_doc
    for sent in doc_sents(doc):
        s0, s1 = _sentence_bounds(sent, text)
        stext = text[s0:s1]
        mentions = _mentions_in(document, s0, s1)
        # a cue relation needs an actor mention right after the cue: without one, skip the regexes
        cue_patterns = cues().items() if mentions else ()
        for rel, patterns in cue_patterns:
            for rx in patterns:
                for m in rx.finditer(stext):
                    cs, ce = s0 + m.start(), s0 + m.end()
                    after = [t for t in mentions if ce <= t[0] <= ce + 6]
                    if not after:
                        continue
                    target = after[0][2]
                    if target.kind not in _PARTY_KINDS:
                        continue  # "members of the Ismaili community" is no organisation
                    before = [t for t in mentions if t[1] <= cs and t[2] is not target]
                    if before and cs - before[-1][1] > MAX_GAP:
                        before = []
                    source = before[-1][2] if before else None
                    if source is None and not any(t[1] <= cs for t in mentions):
                        source = _last_group_before(document, s0)
                    if source is None or _negated(doc, cs, ce):
                        continue
                    _add(out, seen, source.name, target.name, rel, text, s0, s1)
        for rel, patterns in place_cues().items():
            for rx in patterns:
                for m in rx.finditer(stext):
                    cs = s0 + m.start()
                    place = m.group("place")
                    before = [t for t in mentions if t[1] <= cs + 1
                              and t[2].kind in {"armed group", "militia"}]
                    after = [t for t in mentions if t[0] >= s0 + m.end("place")
                             and t[2].kind in {"armed group", "militia"}]
                    if "-based" in m.group(0) and after:
                        source = after[0][2]
                    elif before:
                        source = before[-1][2]
                    else:
                        source = _last_group_before(document, s0)
                    if source is None or _negated(doc, cs, s0 + m.end()):
                        continue
                    _add(out, seen, source.name, place, rel, text, s0, s1)


@stage("relations")
def relations_stage(document: Document) -> None:
    """Fill ``document.relations`` from attributions and cue phrases."""
    if document.spacy_doc is None:
        return
    out: list[Relation] = []
    seen: set[tuple[str, str, str, int]] = set()
    attack_relations(document, out, seen)
    cue_relations(document, out, seen)
    document.relations = out
