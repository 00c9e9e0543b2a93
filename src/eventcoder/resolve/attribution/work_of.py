"""'The bombing was the work of X', '"This is the work of X," a spokesman said': X did the deed.

A deed noun as the subject tells who did it, hedged as the copy hedges; a pronoun pointing back to
the deed ("this", "it") only ever comes in someone's words, a verdict on the deed, so X is
accused (a quoted army spokesman's "This is the work of the LTTE").
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

# Deeds whose author "the work of X" names.
DEED_NOUNS_OF_WORK = {"attack", "bombing", "killing", "murder", "massacre", "assassination",
                      "kidnapping", "abduction", "ambush", "explosion", "blast", "act", "crime",
                      "arson", "raid", "assault", "shooting", "fire", "sabotage", "incident"}

def work_of(work: Any) -> Reading | None:
    """'the bombing was (reportedly) the work of X': X did the deed, hedged as the copy hedges."""
    be = work.head
    subj = rules.subject_of(be) if work.dep_ == "attr" and be.lemma_ == "be" else None
    # "this is the work of X", "it was the work of X" (no "to ..." clause: "it is the work of
    # the police to protect"): the pronoun points back to the deed just told
    pointing = subj is not None and subj.lower_ in {"this", "it", "that"} and not any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} for c in be.children)
    if subj is None or (subj.lemma_.lower() not in DEED_NOUNS_OF_WORK and not pointing):
        return None  # "the inquiry was the work of the police"
    r = Reading(role="perpetrator", verb=be)
    rules.apply_governors(r, be)
    hedges = {c.lower_ for c in list(be.children) + list(work.children)}
    if r.attribution == "stated" and (hedges & rules.HEDGES) - rules.WEAK_HEDGES:
        r.attribution = "suspected"
    if r.attribution == "stated" and pointing:
        r.attribution = "accused"  # "this is the work of X" is someone's verdict, never narration
    return r
