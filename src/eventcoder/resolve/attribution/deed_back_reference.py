"""Doers named on a noun that refers back to the incident: "this action by the FMLN".

Reports tell an incident first and come back to it later with a demonstrative and a vague noun
("this action", "that cowardly act", "these events") whose author a by-phrase names: "We know that
this ridiculous action by the FMLN has one objective", "that crime by the Kivu Defence Front shocked the province".
The demonstrative is what ties the noun to an incident already told; "actions by the army"
(bare plural) or "an operation by the police" (a new one) name no doer of it. Attack nouns
with their own by-phrase ("the attack by X") are read by the core wordings already.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

# Vague nouns a report uses to point back at an incident it has told.
BACK_NOUNS = {"action", "act", "deed", "event", "crime", "atrocity", "outrage", "aggression",
              "incident", "attack", "bombing", "killing", "massacre", "murder",
              "kidnapping", "abduction", "explosion", "blast", "ambush", "assassination"}
DEMONSTRATIVES = {"this", "that", "these", "those"}


def _back_noun(noun: Any) -> bool:
    """True for a deed noun with a demonstrative ("this action", "these cowardly acts")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in BACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children)


def back_reference_agent(t: Any) -> Reading | None:
    """Perpetrator reading of a name in the by-phrase of a demonstrative deed noun."""
    if t.dep_ != "pobj" or t.head.lower_ != "by" or t.head.dep_ != "prep":
        return None
    noun = t.head.head
    if not _back_noun(noun):
        return None
    r = Reading(role="perpetrator", verb=noun)
    clause = noun.head if noun.head.pos_ in {"VERB", "AUX"} else None
    if clause is not None:
        rules._apply_governors(r, clause)  # "police believe this act by X ..." → suspected
    return r
