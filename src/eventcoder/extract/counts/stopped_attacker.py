"""An attacker taken up by a pronoun and killed by those who respond: "An assailant shot a
guard at the memorial. He then ran into the building, where he was shot dead by security staff."
The pronoun's killing is counted, but it names nobody, so it read as the guard again; police,
troops or guards who kill "him" stop the attacker, whose death is one more (ACLED counts every
death of the event, the attackers' too).
"""

from __future__ import annotations

from typing import Any

_PRONOUNS = {"he": False, "she": False, "him": False, "her": False, "they": True, "them": True}
# Who answers an attack with force: the agent of the killing that stops it.
RESPONDERS = frozenset({"police", "policeman", "officer", "security", "guard", "soldier",
                        "troop", "force", "army", "commando", "sniper", "gendarme"})


def _responder_agent(cue: Any) -> bool:
    """'shot dead by security staff', 'killed by police': a responder is the passive's agent."""
    agents = [c for c in cue.children if c.dep_ == "agent"]
    if not agents and cue.head.dep_ == "agent":
        return False
    return any(t.lemma_.lower() in RESPONDERS for a in agents for t in a.subtree)


def _antecedent(pronoun: Any, plural: bool) -> Any | None:
    """The nearest noun subject before the pronoun with its number, through the sentence's
    own earlier subjects ("He ran ..., where he was shot") back to the sentences before."""
    doc = pronoun.doc
    for tok in reversed(doc[max(0, pronoun.i - 80) : pronoun.i]):
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if tok.lower_ in _PRONOUNS:
            continue  # the same referent taken up again
        if tok.pos_ in {"NOUN", "PROPN"}:
            return tok if (tok.tag_ in {"NNS", "NNPS"} or tok.lower_ == "gunmen") == plural else None
    return None


def attacker_killed(cue: Any, head: Any, perpetrator_nouns: set[str]) -> str | None:
    """The attacker noun a killed pronoun stands for, when responders killed it, else None."""
    if head.lower_ not in _PRONOUNS or not _responder_agent(cue):
        return None
    before = _antecedent(head, _PRONOUNS[head.lower_])
    if before is None or before.lemma_.lower() not in perpetrator_nouns:
        return None
    return before.lemma_.lower()
