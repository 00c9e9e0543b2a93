"""'X did it': the subject of a pro-verb standing for the incident is its doer.

Speakers come back to an incident without naming it: "we are sure the Mai-Mai did it", "police
say the Ogaden Front did this". "Do" with "it", "this" or "that" as its object stands for the act
just told. A negation ("the army did not do it") is a denial, read elsewhere; a speaker's
conviction or belief makes it an accusation or a suspicion, not a fact.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.claim_sentences import negated
from eventcoder.resolve.attribution.rules import Reading

POINTING_OBJECTS = {"it", "this", "that"}
# Words of a speaker's own certainty: what they govern is the speaker's accusation.
CONVICTION = {"convinced", "sure", "certain", "confident"}


def pro_verb_doer(t: Any) -> Reading | None:
    """Perpetrator reading of the subject of 'did it' / 'did this'."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_.lower() != "do" or negated(verb):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in POINTING_OBJECTS for c in verb.children):
        return None
    r = Reading(role="perpetrator", verb=verb)
    rules.apply_governors(r, verb)
    if r.attribution == "stated" and verb.dep_ == "ccomp" and verb.head.lower_ in CONVICTION:
        r.attribution = "accused"
        r.by_token = rules.subject_of(verb.head.head) if verb.head.dep_ == "acomp" else None
    return r
