"""'The rampage came a day after a gunman killed four Israelis': the earlier incident a report
names to place its own in time.

News reports tie an incident to an earlier one with "X came / comes (a day, weeks) after Y" or
"X followed Y", where X is the reported deed (a noun such as 'the attack', 'the rampage', or 'it'
referring back to it). Y is another, earlier incident told in passing: its words are no mention
of the reported incident (merged into it, they would add its victims to the incident's toll and
lend it their place), and a clause is too thin to code on its own. A person who "came after"
someone is a pursuer, not a time: only a deed or a pronoun standing for it as the subject counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import _single_words
from eventcoder.nlp.subjects import grammatical_subject

_LINK_VERBS = {"come", "follow"}
_TIME_WORDS = {"after"}
_BACK_PRONOUNS = {"it", "this", "that"}
_CLAUSE_DEPS = {"advcl", "prep", "dobj"}


def _link(token: Token) -> Token | None:
    """The 'come'/'follow' verb the token's clause or phrase is the 'after' part of, or None."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_WORDS
                                     for c in token.children):
        head = token.head
    elif token.dep_ == "prep" and token.lower_ in _TIME_WORDS:
        head = token.head
    elif token.dep_ == "dobj" and token.head.lemma_.lower() == "follow":
        head = token.head
    else:
        return None
    return head if head.lemma_.lower() in _LINK_VERBS else None


def _deed(subject: Token, trigger_ids: frozenset[int] | set[int]) -> bool:
    """The subject names a deed (a trigger, or a trigger word: 'the rampage') or stands for one."""
    if subject.i in trigger_ids or subject.lower_ in _BACK_PRONOUNS:
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _single_words()


def earlier_incident(token: Token, trigger_ids: frozenset[int] | set[int] = frozenset()) -> bool:
    """The trigger or count word lies in the 'after Y' of 'X came after Y' (or 'X followed Y')
    where X is a reported deed or a pronoun standing for it."""
    node = token
    while node.dep_ != "ROOT" and node.head is not node:
        if node.dep_ in _CLAUSE_DEPS and (verb := _link(node)) is not None:
            subject = grammatical_subject(verb)
            return subject is not None and subject.i != token.i and _deed(subject, trigger_ids)
        node = node.head
    return False
