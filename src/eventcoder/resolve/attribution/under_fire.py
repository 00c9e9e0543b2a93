"""Who fired and who was hit when something "came under fire": "an army convoy came under Taliban
fire", "a police post came under attack from TTP militants", "the town came under pro-Houthi fire",
"the village came under Russian shelling". What is under the fire or the attack is its target;
the side that owns the fire ("Taliban fire", "Russian shelling") or that it comes from ("from
al-Shabaab fighters") did it, in the report's voice. The core grammar reads the subject of "came"
and the object of "from" as bystanders. So it reads the owner of a deed people were killed or
hurt in ("two fighters were killed in an Israeli strike").
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.events.war_strikes import harmed_in
from eventcoder.extract.roles import under_deed
from eventcoder.resolve.actors.context import ATTACK_NOUNS
from eventcoder.resolve.attribution.rules import Reading

# The deeds one comes under: the attack nouns and the fire of guns.
UNDER_DEEDS = frozenset(ATTACK_NOUNS | {"fire", "gunfire"})


def _is_under_deed(noun: Any) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" \
        and noun.lemma_.lower() in UNDER_DEEDS


def under_fire_side(head: Any) -> Reading | None:
    """The part a mention (its phrase head) has in fire or an attack something came under."""
    if _is_under_deed(head):  # "Taliban fire", "pro-Houthi fire", "Russian shelling"
        return Reading(role="perpetrator", attribution="stated", verb=head)
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        source = head.head.head  # "from X" hangs on the verb or on the deed noun
        deed = source if _is_under_deed(source) else under_deed(source, UNDER_DEEDS)
        if deed is not None:
            return Reading(role="perpetrator", attribution="stated", verb=deed)
    # "killed in a Russian strike", "died in Israeli shelling"
    if head.lemma_.lower() in UNDER_DEEDS and harmed_in(head, frozenset({"in", "during"})):
        return Reading(role="perpetrator", attribution="stated", verb=head)
    if head.dep_ in {"nsubj", "nsubjpass"}:
        deed = under_deed(head.head, UNDER_DEEDS)
        if deed is not None:
            return Reading(role="target", verb=deed)
    return None
