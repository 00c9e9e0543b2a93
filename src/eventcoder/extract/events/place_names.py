"""A town that shares a trigger's spelling is no deed ("a match in Split", "the road to Mine").

The tagger reads such a town as a proper noun, often with no entity type; a capitalised proper
noun after a preposition of place, not at the sentence's start, names the place. The caller
leaves out sentences written in title case (a headline's "Clashes In Town").
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions before a capitalised word that make it a place ("in Split", "near Mine").
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "around"})


def place_name(token: Token) -> bool:
    """True for a capitalised proper noun after a preposition of place, mid-sentence."""
    return (token.pos_ == "PROPN" and token.ent_type_ in {"", "GPE", "LOC", "FAC"}
            and token.text[:1].isupper() and token.i != token.sent.start
            and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS)
