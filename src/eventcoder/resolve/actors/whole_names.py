"""Keep a group's name one noun phrase in the parse: an English name built like a clause ("The
Group to Support Islam and Muslims", "Movement to Free the Delta", "Front for ... ") may be parsed
with its first noun as the subject of an infinitive ("Group to Support"), the infinitive taking the
name's place in the sentence. Once the name is known as a whole (a KB name or alias matched from
its first word to its last), its first noun is made the head: it takes the verb's slot and the
infinitive hangs on it as a modifier, so the clause reading sees the name where it stands ("...,
an alliance linked to al-Qaeda, claimed the attack").
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document
from eventcoder.nlp.appositive_subject import appositive_subject
from eventcoder.nlp.doc_cache import release

_VERB_TAGS = {"VB", "VBZ", "VBP", "VBD", "VBN", "VBG"}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
# a clause hung on the sentence's verb: the name then stands in the subject's slot
_CLAUSE_SLOTS = {"advcl", "ccomp", "csubj", "xcomp"}


def _clause_name(span: Any) -> tuple[Any, Any] | None:
    """(first noun, verb) when the span's head is a verb whose subject is the span's first noun."""
    verb = span.root
    if verb.tag_ not in _VERB_TAGS or verb.head.i == verb.i:
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.tag_ not in _NOUN_TAGS or not span.start <= noun.i < verb.i \
            or not noun.text[:1].isupper():
        return None
    return noun, verb


def mend_clause_names(document: Document) -> None:
    """Re-head each whole name the parse read as a clause on its first noun (see the module)."""
    doc = document.spacy_doc
    if doc is None:
        return
    mended = False
    for actor in document.actors:
        if not actor.known:
            continue
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            found = _clause_name(span) if span is not None and len(span) > 2 else None
            if found is None:
                continue
            noun, verb = found
            old_head, old_dep = verb.head, verb.dep_
            noun.head, noun.dep_ = old_head, "nsubj" if old_dep in _CLAUSE_SLOTS else old_dep
            verb.head, verb.dep_ = noun, "acl"
            mended = True
    if mended:
        appositive_subject(doc)  # the name's apposition was parsed as a second subject
        release(doc)  # every memo of the old tree (children, sides, phrase tokens ...) is stale
