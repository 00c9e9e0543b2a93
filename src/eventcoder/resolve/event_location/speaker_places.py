"""'Dushanbe accused Bishkek of starting the shooting': a place that speaks stands for its
government.

News names a government by its capital or country ('Moscow said', 'Washington condemned the
strike', 'Kabul denied'). Such a name is the subject of a verb of speech or accusation, or the
one accused; it does not say where the incident happened, so it places an event only as a
fallback (like a place inside an organisation's name).
"""

from __future__ import annotations

from eventcoder.document import Document
from eventcoder.geoparser.types import Resolved
from eventcoder.text.words import word_list

# Verbs whose subject is a speaker and whose object is the one accused.
_ACCUSE_VERBS = frozenset({"accuse", "blame", "condemn", "criticise", "criticize", "urge",
                           "call", "vow", "threaten", "demand", "reject", "dismiss"})


def _speech_verbs() -> frozenset[str]:
    return word_list("speech_verbs") | _ACCUSE_VERBS


def speaking_place(document: Document, resolved: Resolved) -> bool:
    """The place name is the subject of a verb of speech or accusation, or its accused object."""
    doc = document.spacy_doc
    if doc is None:
        return False
    span = doc.char_span(resolved.mention.start, resolved.mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in _speech_verbs()
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _ACCUSE_VERBS
    return False
