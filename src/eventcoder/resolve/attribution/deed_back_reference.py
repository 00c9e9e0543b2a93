"""Doers named on a noun that refers back to the incident: "this action by the FMLN".

Reports tell an incident first and come back to it later with a demonstrative and a vague noun
("this action", "that cowardly act", "these events") whose author a by-phrase names: "this
shameful act by the militia shows its contempt for the truce". Or they say what the incident was:
"the throwing of the grenade was a criminal act by the police", "it was a cowardly act by
the Kivu Defence Front". The demonstrative, or the copula with the incident as its subject, is
what ties the noun to the incident; "actions by the army" (bare plural) or "an operation by the
police" (a new one) name no doer of it.
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
# Things whose use is the incident: "the throwing of the grenade was a criminal act by X".
WEAPON_NOUNS = {"bomb", "grenade", "explosive", "dynamite", "mine", "rocket", "mortar", "shot"}
POINTING_PRONOUNS = {"it", "this", "that"}


def _incident_subject(subj: Any) -> bool:
    """True for a subject that is the incident: a pointing pronoun or a deed or weapon phrase."""
    if subj.lower_ in POINTING_PRONOUNS:
        return True
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in BACK_NOUNS | WEAPON_NOUNS
               for t in subj.subtree)


def _predicated_deed(noun: Any) -> bool:
    """True for a deed noun said of the incident: "it was a cowardly act by ...", "the blast
    was an act of terror by ..."."""
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be" or noun.lemma_.lower() not in BACK_NOUNS:
        return False
    subj = rules.subject_of(be)
    return subj is not None and _incident_subject(subj)


def _back_noun(noun: Any) -> bool:
    """True for a deed noun with a demonstrative ("this action", "these cowardly acts")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in BACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children)


def back_reference_agent(t: Any) -> Reading | None:
    """Perpetrator reading of a name in the by-phrase of a demonstrative deed noun."""
    if t.dep_ != "pobj" or t.head.lower_ != "by" or t.head.dep_ != "prep":
        return None
    noun = t.head.head
    if not (_back_noun(noun) or _predicated_deed(noun)):
        return None
    r = Reading(role="perpetrator", verb=noun)
    clause = noun.head if noun.head.pos_ in {"VERB", "AUX"} else None
    if clause is not None:
        rules.apply_governors(r, clause)  # "police believe this act by X ..." → suspected
    return r
