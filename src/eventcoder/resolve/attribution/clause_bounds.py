"""Where the verbs above a deed stop governing it.

- 'X shelled ...; Islamabad denied ...': a clause hung across a semicolon under a verb whose
  subject is a name (another party) stands alone; 'the army denied' takes up the doer.
- 'Castano denied that his men had been in the village and said the FARC had killed the
  farmers': a report verb joined to a denial has a content of its own; the denial above it
  does not deny the deed that content tells, which the speaker lays on someone else.
"""

from __future__ import annotations

from typing import Any

from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.resolve.attribution.verb_sets import DENY

# Verbs that tell a content of their own ("and said ...", "and told reporters ...").
_OWN_CONTENT_VERBS = {"say", "tell", "add"}


def _named_speaker_after_semicolon(clause: Any) -> bool:
    """The clause hangs across a semicolon under a verb whose subject is a name."""
    gov = clause.head
    if not any(t.text == ";" for t in clause.doc[clause.i:gov.i]):
        return False
    subj = grammatical_subject(gov, {"nsubj", "csubj"}, {"conj", "xcomp"}, relative_head=True)
    return subj is not None and subj.pos_ == "PROPN"


def said_beside_denial(verb: Any) -> bool:
    """'denied ... and said ...': a report verb joined to a verb of denial, or, with no subject
    of its own, to the denied clause the parse hangs it on ("denied that X had planted it and
    said the army had")."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _OWN_CONTENT_VERBS:
        return False
    head = verb.head
    if head.lemma_.lower() in DENY:
        return True
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return subjectless and head.dep_ == "ccomp" and head.head.lemma_.lower() in DENY


def stops_governing(clause: Any) -> bool:
    """The verbs above this clause do not attribute the deed it tells (see the module doc)."""
    if clause.dep_ != "ccomp":
        return False
    if clause.i < clause.head.i and _named_speaker_after_semicolon(clause):
        return True
    return said_beside_denial(clause.head)
