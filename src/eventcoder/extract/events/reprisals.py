"""'in retaliation for an attack on the Crimean bridge': the attack named as a reprisal's cause.

An attack that a report names only as what another act avenges or answers ('retaliation for',
'revenge for', 'in response to', 'reprisal for') is an earlier incident told in passing; the
report is about the reprisal. Its words are no mention of the reported incident (they would
merge into it and lend it the earlier incident's date), and it is too thinly told to be coded
on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

REPRISAL_NOUNS = {"retaliation", "revenge", "reprisal", "reprisals", "response", "vengeance",
                  "retribution", "punishment"}
_LINKS = {"for", "to", "against"}


def avenged_attack(token: Token) -> bool:
    """The token is the object of 'retaliation for', 'in response to', 'revenge for' and the like."""
    if token.dep_ != "pobj" or token.head.lower_ not in _LINKS:
        return False
    holder = token.head.head
    return holder.lemma_.lower() in REPRISAL_NOUNS or holder.lower_ in REPRISAL_NOUNS
