"""Give back its subject to a lead sentence the parser hung from the wire dateline.

"NAIROBI, Aug 13 (Reuters) - Al Shabaab militants killed at least nine people ..." is parsed by
spaCy as "militants" in apposition to NAIROBI and "killed" a reduced relative clause on
"militants" (as in "the men killed in the raid"): the doers of the lead's deed are lost. A
dateline's separator ends the dateline; the noun phrase that opens the text after it cannot be a
second name of the place. When that phrase is read as the place's apposition and a past-tense
verb with a direct object hangs from it ("militants killed at least nine people", "gunmen stormed
a hotel"), the phrase is the verb's subject and the verb the clause's head: this component,
placed after the parser, re-attaches the two (a passive reduced relative has no direct object).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventcoder.nlp.dateline_ents import dateline_separator

_HEAD_TOKENS = 120


def _active_relative(noun: Token) -> Token | None:
    """A past verb with a direct object hanging right after the noun as a reduced relative."""
    for verb in noun.rights:
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.i == noun.i + 1 \
                and any(c.dep_ == "dobj" for c in verb.children):
            return verb
    return None


@Language.component("dateline_subject")
def dateline_subject(doc: Doc) -> Doc:
    """Re-attach the lead's opening noun phrase to its verb when the parse hung it from the
    dateline's place."""
    head = doc[:_HEAD_TOKENS].text
    letters = [c for c in head if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) * 2 > len(letters):
        return doc  # capitals throughout (wire copy): no dateline stands out from the text
    found = dateline_separator(head)
    if found is None:
        return doc
    sep = found[1]
    first = next((t for t in doc[:_HEAD_TOKENS] if t.idx > sep and not t.is_space), None)
    if first is None:
        return doc
    for noun in first.sent:
        if noun.dep_ != "appos" or noun.head.idx >= sep or noun.left_edge.i != first.i \
                or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        verb = _active_relative(noun)
        if verb is None:
            return doc
        root = noun.sent.root
        if root.idx < sep:  # the place heads the sentence: the verb does instead
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "npadvmod"
        else:  # "..., officials said": the verb's clause is what was said
            verb.head, verb.dep_ = root, "ccomp"
        noun.head, noun.dep_ = verb, "nsubj"
        return doc
    return doc
