"""A deed done to "each other" or "one another": both sides are doers, so it is a fight.

"Tribal fighters from two clans attacked each other", "herders and farmers attacked one
another with machetes", "rival gang members shot at each other": the reciprocal pronoun says no
side is only a victim, whatever the verb (attack, shoot, kill), so the incident is typed as a
fight between the sides (a battle, or a riot when unarmed crowds fight) and not as a one-sided
attack on civilians.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.nlp.doc_cache import children

# The reciprocal pronouns, as the word before and the pronoun itself.
_RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
# Links from a deed word to what it is done to: its object, or a preposition's object
# ("shot at each other", "attacks on one another").
_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def _pair(token: Token) -> tuple[str, str] | None:
    """The reciprocal pronoun ("each other", "one another") the token is a word of, or None
    (the parser makes either word the head: "attacked one another" often hangs 'another' on
    'one')."""
    doc = token.doc
    before = (doc[token.i - 1].lower_, token.lower_) if token.i > 0 else None
    after = (token.lower_, doc[token.i + 1].lower_) if token.i + 1 < len(doc) else None
    return next((p for p in (before, after) if p in _RECIPROCALS), None)


def _reciprocal_object(token: Token, pronoun: Token) -> bool:
    """True when ``pronoun`` is a reciprocal object of the deed word ``token``. "One another"
    also counts people ("killing one civilian and injuring one another"): it is read as
    reciprocal only when the deed has a subject of its own ("farmers attacked one another")."""
    pair = _pair(pronoun)
    if pair is None:
        return False
    return pair != ("one", "another") or any(c.dep_ == "nsubj" for c in children(token))


def done_to_each_other(token: Token) -> bool:
    """True when the deed word's object (direct or through a preposition) is reciprocal."""
    for child in children(token):
        if child.dep_ in _OBJECT_DEPS and _reciprocal_object(token, child):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and _reciprocal_object(token, g) for g in children(child)
        ):
            return True
    return False


def reciprocal_deed(mentions: list[TriggerMention]) -> bool:
    """True when any trigger of the incident names a deed the sides did to each other."""
    return any(done_to_each_other(m.token) for m in mentions)
