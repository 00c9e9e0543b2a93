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

from eventcoder.resolve.actors.context import ATTACK_NOUNS
from eventcoder.resolve.attribution.rules import Reading

# The deeds one comes under: the attack nouns and the fire of guns.
UNDER_DEEDS = frozenset(ATTACK_NOUNS | {"fire", "gunfire"})


def _under_deed(token: Any) -> Any | None:
    """The deed noun a verb's subject is under ("came under fire" → fire), if any."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in UNDER_DEEDS:
                    return noun
    return None


def _is_under_deed(noun: Any) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" \
        and noun.lemma_.lower() in UNDER_DEEDS


# Verbs of harm a deed noun is the means of ("killed in a strike", "wounded in shelling").
_HARM_VERBS = frozenset({"kill", "die", "wound", "injure", "hurt", "maim"})


def _means_of_harm(noun: Any) -> bool:
    """The deed noun is what people were killed or hurt in ("killed in an Israeli strike")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} \
        and noun.lemma_.lower() in UNDER_DEEDS and noun.head.head.lemma_.lower() in _HARM_VERBS


def under_fire_side(head: Any) -> Reading | None:
    """The part a mention (its phrase head) has in fire or an attack something came under."""
    if _is_under_deed(head):  # "Taliban fire", "pro-Houthi fire", "Russian shelling"
        return Reading(role="perpetrator", attribution="stated", verb=head)
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        source = head.head.head  # "from X" hangs on the verb or on the deed noun
        deed = source if _is_under_deed(source) else _under_deed(source)
        if deed is not None:
            return Reading(role="perpetrator", attribution="stated", verb=deed)
    if _means_of_harm(head):  # "killed in a Russian strike", "died in Israeli shelling"
        return Reading(role="perpetrator", attribution="stated", verb=head)
    if head.dep_ in {"nsubj", "nsubjpass"}:
        deed = _under_deed(head.head)
        if deed is not None:
            return Reading(role="target", verb=deed)
    return None
