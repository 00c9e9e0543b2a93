"""Read "IS" as the group, not the verb: "On 11 August, IS executed seven men" is parsed with "IS"
as the passive auxiliary of "executed" ("is executed"), so the deed loses its doer. In text that
is not written in capitals throughout, a word in capitals is an acronym; an auxiliary in
capitals whose verb has an object and no subject is that verb's subject. This component, placed
after the parser, re-attaches it and tags it a proper noun.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_AUX = {"aux", "auxpass"}


def _mostly_capitals(doc: Doc) -> bool:
    letters = [c for c in doc.text[:2000] if c.isalpha()]
    return not letters or sum(c.isupper() for c in letters) * 2 > len(letters)


@Language.component("acronym_subject")
def acronym_subject(doc: Doc) -> Doc:
    """Make an auxiliary written in capitals the subject of its verb when the verb has an
    object and no subject ("IS executed seven men")."""
    if _mostly_capitals(doc):
        return doc  # wire copy in capitals: every auxiliary is in capitals
    for token in doc:
        if token.dep_ not in _AUX or not token.is_upper or len(token) < 2 or not token.is_alpha:
            continue
        verb = token.head
        deps = {c.dep_ for c in verb.children}
        if "dobj" not in deps or deps & {"nsubj", "nsubjpass", "csubj"}:
            continue
        token.dep_, token.tag_, token.pos_ = "nsubj", "NNP", "PROPN"
        token.lemma_ = token.text
    return doc
