"""Whether the report asserts that an incident happened: denied reports and vague records.

"The army denied reports that a unit was attacked" and "he denied that the shooting occurred"
tell of no incident: the clause holding the trigger is what a speaker says did not happen (a
denial of responsibility, "denied involvement in the attack", keeps its incident). "Countless
herders have been killed" counts victims of a whole record with a vague quantifier, not
those of one incident. Word lists are in data/event_cues.yaml (``denial``, ``report_nouns``,
``vague_quantifiers``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import ancestors, children

# Clause links that make a clause the content of a verb or of a noun ("reports that ...").
_CONTENT_DEPS = frozenset({"ccomp", "acl", "relcl", "xcomp"})


def denied(token: Token) -> bool:
    """True when the trigger sits in the content of a denial: "denied that X was attacked",
    "denied reports that X was attacked", "dismissed rumours of an attack"."""
    words = cues()
    denials, reports = words["denial"], words["report_nouns"]
    child = token
    for anc in ancestors(token):
        lemma = anc.lemma_.lower()
        if lemma in denials and anc.pos_ in {"VERB", "AUX"} and not _semicolon_between(child, anc):
            # the denied clause itself, or a report noun that is the denial's object
            if child.dep_ in _CONTENT_DEPS:
                return True
            return child.dep_ == "dobj" and child.lemma_.lower() in reports and child is not token
        if anc.dep_ in {"ROOT", "parataxis"}:
            return False
        child = anc
    return False


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """True when a semicolon parts the clause from the verb: a semicolon joins independent
    clauses ("X shelled Y, residents said; the army denied targeting homes"), so a parse that
    hangs one under the other across it does not make it the verb's content."""
    doc = clause.doc
    lo, hi = sorted((clause.right_edge.i if clause.i < verb.i else clause.left_edge.i, verb.i))
    return any(doc[i].text == ";" for i in range(lo, hi))


def vague_record(token: Token, perfect: bool) -> bool:
    """True when a perfect clause has a subject counted by a vague quantifier: "countless
    herders have been killed", "numerous civilians have died"."""
    if not perfect:
        return False
    quantifiers = cues()["vague_quantifiers"]
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    for subj in (c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}):
        if any(c.dep_ in {"amod", "det", "nummod"} and c.lower_ in quantifiers
               for c in children(subj)):
            return True
    return False


def listed_with(token: Token, generic: set[int]) -> bool:
    """ "four murders, nine cases of torture and 25 arrests since ...": an item of a list whose
    first item is generic is generic too (the parser hangs the list on the first item)."""
    t = token
    # examples ("including three bombings in Peshawar") are read by the link stage, not here;
    # "have been killed in attacks ... since 2015": the attacks of a record are a record too
    preps = {"of", "in", "during"}
    while (t.dep_ in {"conj", "appos", "pobj"} or (t.dep_ == "prep" and t.lower_ in preps)) \
            and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ not in preps:
            return False
        t = t.head
        if t.i in generic:
            return True
    return False
