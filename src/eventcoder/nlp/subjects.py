"""A verb's grammatical subject, the one parse walk the extract and resolve rules share."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from eventcoder.nlp.doc_cache import children

ACTIVE_OR_PASSIVE = frozenset({"nsubj", "nsubjpass"})


def grammatical_subject(verb: Any, deps: Collection[str] = ACTIVE_OR_PASSIVE,
                        through: Collection[str] = (), relative_head: bool = False) -> Any | None:
    """The verb's subject (a child with one of ``deps``), else that of the verb it hangs from by
    one of the ``through`` relations ("began ... and has killed": conj); with ``relative_head``
    a relative clause without one takes the noun it modifies ("the men seen firing")."""
    found = next((c for c in children(verb) if c.dep_ in deps), None)
    if found is not None:
        return found
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"} \
            and "conj" in through:
        # "a caller who said he spoke for X telephoned an agency ... and said ...": the parse
        # makes the long subject noun the root and hangs the verbs on it
        return verb.head
    if verb.dep_ in through and verb.head.i != verb.i:
        return grammatical_subject(verb.head, deps, through, relative_head)
    if relative_head and verb.dep_ == "relcl":
        return verb.head
    return _stranded_appositive(verb)


def _stranded_appositive(verb: Any) -> Any | None:
    """'In the video, which circulated on WhatsApp, a man who called himself X said ...': the
    parse hangs the subject as an appositive on the last noun of a fronted phrase; an appositive
    whose phrase ends right before the subjectless verb is its subject."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for c in children(verb):
        if c.i > verb.i or c.dep_ != "prep":
            continue
        for t in c.subtree:
            if t.dep_ == "appos" and t.pos_ in {"NOUN", "PROPN"} and t.i > t.head.i \
                    and t.right_edge.i == verb.i - 1:
                return t
    return None
