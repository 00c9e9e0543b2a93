"""Doers told with a hedge: a suspicion, not a statement.

"kidnapped apparently by ELN guerrillas", "the mine had probably been planted by members of X"
(the hedge on the by-phrase, the name or the passive verb the by-phrase completes) and "it is
unclear whether the raid was carried out by X" (an open question) lay the deed on the group only
as a suspicion, whoever tells it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading


def hedged_agent(t: Any) -> bool:
    """True for a hedge on the by-phrase, the name or the passive verb of the by-phrase
    ("kidnapped apparently by ELN guerrillas", "had probably been planted by members of X")."""
    near = list(t.children)
    if t.dep_ == "pobj":
        near += list(t.head.children)
        # "members of X": the by-phrase is the members'
        prep = t.head.head.head if t.head.lower_ == "of" and t.head.head.dep_ == "pobj" else t.head
        if prep.dep_ == "agent":
            near += list(prep.head.children)
    return any(c.dep_ == "advmod" and c.lower_ in rules.HEDGES - rules.WEAK_HEDGES for c in near)


def open_question(reading: Reading) -> None:
    """'it is unclear whether the raid was carried out by X': an open question."""
    verb = reading.verb
    if reading.role == "perpetrator" and reading.attribution in {"stated", "confirmed"} \
            and verb is not None and any(c.dep_ == "mark" and c.lower_ == "whether"
                                         for c in verb.children):
        reading.attribution = "suspected"


def hedged_doer(reading: Reading, t: Any) -> Reading:
    """A doer a special wording found ("had planted the mine"), a suspicion when the by-phrase or
    its verb is hedged ("had probably been planted by members of X")."""
    if reading.role == "perpetrator" and reading.attribution in {"stated", "confirmed"} \
            and hedged_agent(t):
        reading.attribution = "suspected"
    return reading
