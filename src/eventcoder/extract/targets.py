"""Stage 'targets': who or what each incident hit, with its GTD target type.

Targets are the objects of attack verbs ("stormed a bus"), the patients of passive ones ("a priest
was attacked"), the "on"/"against" phrases of attack nouns ("the attack on Ismailis") and the
victims of killing words ("killing 45 members of the Ismaili community"). A trigger inside
"including ..." after a plural attack noun inherits that noun's targets ("attacks on Shias,
including two bombings in Quetta").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.document import Document, Event, Target
from eventcoder.extract.events.types import VIOLENT
from eventcoder.extract.lexicon import phrase_hits, target_words
from eventcoder.extract.roles import phrase_tokens, sides, victims
from eventcoder.registry import stage

_NO_TARGET_TYPES = {"Protests", "Strategic developments"}
_ATTACK_LEMMAS = {"attack", "assault", "violence", "strike", "raid", "bombing", "killing"}
_PLACE_PREPS = {"at", "outside", "inside", "near", "in", "into", "to", "on"}
_PRONOUNS = {"it", "they", "them", "he", "she", "him", "her", "we", "us", "who", "which", "that"}


def categorise(head: Token) -> str | None:
    """GTD target type of a target phrase: its head word first, then any word of it."""
    toks = phrase_tokens(head)
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    for category, words in target_words():
        if head.lemma_.lower() in words or head.lower_ in words:
            return category
    for category, words in target_words():
        if phrase_hits(words, lemmas, lowers):
            return category
    if head.ent_type_ == "PERSON":
        return "Private Citizens & Property"
    if head.ent_type_ == "NORP":
        return "Private Citizens & Property"
    if head.ent_type_ in {"GPE", "LOC", "FAC"}:
        return None  # a place attacked is a location, not a target type
    return None


def _including_parent(token: Token) -> Token | None:
    """The plural attack noun a trigger is an example of ("attacks ..., including two bombings")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"including", "like"}:
        noun = head.head
        if noun.lemma_.lower() in _ATTACK_LEMMAS:
            return noun
    return None


def target_heads(event: Event) -> list[Token]:
    """Head tokens of the target phrases of an event, in text order, without repeats."""
    inc = getattr(event, "_incident", None)
    if inc is None:
        return []
    heads: list[Token] = []
    for m in inc.mentions:
        if m.family not in VIOLENT:
            continue
        sd = sides(m.token)
        cands = list(sd.targets)
        # where a bomb went off or what was set on fire: "outside a church", "fire to a school"
        phrase = list(m.token.doc[m.start : m.end]) + [m.token]
        cands += [
            p
            for w in phrase
            for c in w.children
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ not in {"GPE", "LOC", "DATE", "TIME"}
        ]
        if m.family == "death" or m.token.lemma_.lower() in {"kill", "wound", "injure"}:
            cands += victims(m.token)
        parent = _including_parent(m.token)
        if parent is not None:
            cands += sides(parent).targets
        if m.family == "battle":
            cands += sd.parties
        for c in cands:
            if c.lower_ in _PRONOUNS or c.pos_ in {"PRON", "NUM"} or c.like_num:
                continue
            if c.i not in {h.i for h in heads} and c.ent_type_ not in {
                "GPE",
                "LOC",
                "DATE",
                "TIME",
            }:
                heads.append(c)
    return sorted(heads, key=lambda t: t.i)


def _span(head: Token) -> tuple[int, int]:
    toks = phrase_tokens(head)
    # keep the phrase contiguous from its first token to the head's right edge of kept tokens
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def fill_targets(document: Document) -> None:
    """Set ``targets`` (text, category, offsets) and "targets" evidence on each violent event."""
    text = document.text
    for event in document.events:
        if event.event_type is None or (
            event.event_type in _NO_TARGET_TYPES
            and event.sub_event_type != "Looting/property destruction"
        ):
            continue
        seen: set[tuple[int, int]] = set()
        for head in target_heads(event):
            category = categorise(head)
            if category is None:
                continue
            start, end = _span(head)
            if (start, end) in seen or any(s <= start and end <= e for s, e in seen):
                continue
            seen.add((start, end))
            event.targets.append(Target(text[start:end], category, start, end))
            event.add_evidence("targets", start, end, text)
        if not event.targets:
            event.notes.setdefault("targets", "the text does not say who or what was hit")


@stage("targets")
def targets_stage(document: Document) -> None:
    """Fill the targets of each event."""
    if document.spacy_doc is None:
        return
    fill_targets(document)
