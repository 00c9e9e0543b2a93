"""Attackers blocking a road are setting an ambush, not protesting: "about 20 attackers blocked
the road with a car and opened fire on the convoy", "gunmen barricaded the highway with logs and
robbed the passengers". A blockade verb whose subject is a word for armed attackers belongs to the
violence told with it; a blockade by residents, drivers or protesters stays a protest.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.subjects import grammatical_subject

_BLOCK_VERBS = frozenset({"block", "barricade", "blockade", "obstruct"})
# agent words of armed attackers (data/event_cues.yaml agent_nouns), less crowds and victims
_CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "looter", "detainee",
                     "hostage", "victim", "marcher", "striker", "picketer", "mourner"})


def armed_blockade(token: Any) -> bool:
    """True for a blockade verb whose subject names armed attackers ("attackers blocked")."""
    if token.lemma_.lower() not in _BLOCK_VERBS or token.pos_ != "VERB":
        return False
    subject = grammatical_subject(token, {"nsubj"}, {"conj"})
    if subject is None:
        return False
    armed = frozenset(cues()["agent_nouns"]) - _CROWDS
    return subject.lemma_.lower() in armed or subject.lower_ in armed
