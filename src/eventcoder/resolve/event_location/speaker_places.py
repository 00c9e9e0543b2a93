"""'Dushanbe accused Bishkek of starting the shooting': a place that speaks stands for its
government.

News names a government by its capital or country ('Moscow said', 'Washington condemned the
strike', 'Kabul denied'). Such a name is the subject of a verb of accusation or denial, or the
one accused; it does not say where the incident happened, so it places an event only as a
fallback (like a place inside an organisation's name).
"""

from __future__ import annotations

from eventcoder.document import Document
from eventcoder.geoparser.types import Resolved

# Verbs of accusation and denial: their subject speaks for a government, their object is the one
# accused. Plain verbs of report ('San Salvador, 3 Jan -- the command reported') are left out: a
# dateline or a place the parse hangs on them is often where the news happened.
_ACCUSE_VERBS = frozenset({"accuse", "blame", "condemn", "criticise", "criticize", "deny",
                           "threaten", "reject", "dismiss"})


def speaking_place(document: Document, resolved: Resolved) -> bool:
    """The place name is the subject of a verb of accusation or denial, or its accused object."""
    doc = document.spacy_doc
    if doc is None:
        return False
    span = doc.char_span(resolved.mention.start, resolved.mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in _ACCUSE_VERBS
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _ACCUSE_VERBS
    return False
