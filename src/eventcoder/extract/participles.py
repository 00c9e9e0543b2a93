"""A trigger used as a modifier names a state of its noun ("the arrested suspects"), not a deed."""

from __future__ import annotations

from spacy.tokens import Token

# Crowds named by what they are doing at the time: "striking casino workers", "protesting
# farmers", "rioting youths" are the demonstration itself, going on where the report puts them.
_GATHERING_FAMILIES = frozenset({"protest", "riot"})


def adjectival_state(token: Token, family: str) -> bool:
    """The trigger only qualifies a noun ("the wounded soldiers"), and is no crowd in action."""
    if token.tag_ == "VBG" and family in _GATHERING_FAMILIES:
        return False
    return token.dep_ == "amod" or (token.tag_ in {"VBN", "JJ"} and token.dep_ in {"amod", "compound"})
