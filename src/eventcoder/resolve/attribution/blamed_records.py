"""A group blamed for a record of deeds, not for the incident: "IS has also been blamed for some
killings along the border", "the group was accused of several attacks on churches".

Background paragraphs place the report's other groups by what they are usually blamed for. A
blame whose deed is quantified as some of many ("some", "several", "many", "numerous") or marked
as other deeds ("similar", "earlier", "previous") names no doer of the report's incident.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution.claim_sentences import DEED_NOUNS, OTHER_DEED_WORDS

_SOME_OF_MANY = {"some", "several", "many", "numerous", "various", "countless", "dozens",
                 "scores", "hundreds", "multiple", "frequent", "repeated", "regular"}
_BLAME = {"blame", "accuse", "suspect", "attribute", "link", "hold"}


def blamed_for_a_record(verb: Any) -> bool:
    """True when the blame verb's deed is some of many or other deeds ("blamed for some
    killings", "accused of several attacks", "blamed for similar bombings")."""
    if verb is None or verb.lemma_.lower() not in _BLAME:
        return False
    deeds = [t for t in verb.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in DEED_NOUNS
             and t.head.dep_ == "prep" and t.head.head.i == verb.i]
    return bool(deeds) and all(
        any(c.lower_ in _SOME_OF_MANY | OTHER_DEED_WORDS for c in d.children if c.i < d.i)
        for d in deeds)
