"""Read "X, an alliance linked to Y, claimed the attack" with one subject: when a name holds words
the parser reads as a clause ("The Group to Support Islam and Muslims": "to Support" made a
relative clause), the parse may hang the apposition after it as a second subject of the verb. A
verb has one subject; a later subject set off by commas on both sides, right after the first
subject's phrase, is the first's apposition. This component, placed after the parser,
re-attaches it so.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_SUBJECTS = {"nsubj", "nsubjpass"}
# tags, not parts of speech: the attribute ruler that maps them has not run after the parser
_NOUNS = {"NN", "NNS", "NNP", "NNPS"}


def _apposition_of(second: Token, first: Token) -> bool:
    """``second`` follows ``first``'s phrase after a comma and is closed by a comma before the
    verb they share: ", an alliance linked to al-Qaeda,"."""
    doc = second.doc
    left, right = second.left_edge.i, second.right_edge.i
    verb = second.head
    return first.right_edge.i == left - 2 and doc[left - 1].text == "," \
        and right + 1 < verb.i and doc[right + 1].text == "," and right + 2 == verb.i \
        and second.tag_ in _NOUNS and first.tag_ in _NOUNS


@Language.component("appositive_subject")
def appositive_subject(doc: Doc) -> Doc:
    """Make the second of two comma-bounded subjects of one verb the first's apposition."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
        if len(subjects) != 2 or not _apposition_of(subjects[1], subjects[0]):
            continue
        second, first = subjects[1], subjects[0]
        commas = (doc[second.left_edge.i - 1], doc[second.right_edge.i + 1])
        second.head, second.dep_ = first, "appos"
        for comma in commas:
            comma.head = first
    return doc
