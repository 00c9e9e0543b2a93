"""'Found X guilty' is a verdict, not a find: the verb 'find' with a verdict word on its object.

"A court found the head of a farmers' group guilty of fraud" judges a leader; "police found the
head of a farmer in a field" tells a find. Only the verdict adjective tells them apart, and it
hangs from the object phrase (the parser often attaches it to the last noun, "farmer"), with no
other verb between it and 'find' ("... found the head of a man; police said the group
responsible had fled" keeps its find).
"""

from __future__ import annotations

from spacy.tokens import Token

# the adjectives of a judgment passed on a person (Oxford Learner's Dictionary, "find": "to
# decide that somebody is guilty/innocent/liable", the law's formula)
_VERDICTS = frozenset({"guilty", "innocent", "liable", "culpable", "blameless"})


def verdict_find(verb: Token) -> bool:
    """True if ``verb`` is 'find' passing a verdict ("found the head of a union guilty")."""
    if verb.lemma_.lower() != "find":
        return False
    for word in verb.subtree:
        if word.lower_ in _VERDICTS and _under(word, verb):
            return True
    return False


def _under(word: Token, verb: Token) -> bool:
    """True if ``word`` hangs from ``verb`` through nouns and prepositions only, no other verb."""
    cur = word
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.i == verb.i:
            return True
        if cur.pos_ in {"VERB", "AUX"}:
            return False
    return False
