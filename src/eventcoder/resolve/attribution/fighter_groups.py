"""The group a report names as fighters, when it names several organisations.

Reports name parties, radio stations, army units and fronts side by side ("Radio Venceremos",
"the Atlacatl Battalion", "ARENA"), but only the insurgent organisation is written as fighters:
"FMLN guerrillas", "terrorists of the Shining Path", "ELN fighters", "FMLN terrorist groups".
When exactly one named group is so written before a description ("the guerrillas", "guerrilla
units"), the description refers to it. Two groups written as fighters ("Karen guerrillas and
Arakan rebels") leave the description ambiguous.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor, Document
from eventcoder.text.words import word_list

# Plural nouns of fighters that a group's name qualifies ("FMLN guerrillas", "ELN fighters").
FIGHTER_HEADS = word_list("fighter_nouns") | {"guerilla", "subversive", "commando"}
UNIT_HEADS = {"unit", "column", "squad", "cell", "detachment", "band", "group", "front"}


def _fighter_head(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in FIGHTER_HEADS:
        return True
    # "FMLN terrorist groups", "Shining Path guerrilla column"
    return lemma in UNIT_HEADS and any(c.lemma_.lower() in FIGHTER_HEADS
                                       for c in noun.children if c.dep_ in {"compound", "amod"})


def _named_as_fighters(root: Any) -> bool:
    """The name qualifies a fighter noun, or a fighter noun owns it through 'of'."""
    cur = root
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ in {"of", "from"}:
            return _fighter_head(cur.head.head)  # "fighters of the People's Front"
        if cur.dep_ not in {"compound", "nmod", "amod", "poss"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in {"NOUN", "PROPN"} and _fighter_head(cur):
            return True
    return False


def fighters_group_before(document: Document, groups: list[Actor], offset: int) -> Actor | None:
    """Of ``groups``, the one named as fighters before ``offset``, when exactly one is."""
    doc = document.spacy_doc
    if doc is None:
        return None
    found = []
    for group in groups:
        for m in group.mentions:
            if m.start >= offset:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _named_as_fighters(span.root):
                found.append(group)
                break
    return found[0] if len(found) == 1 else None
