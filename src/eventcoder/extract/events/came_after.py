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

from eventcoder.extract.events.reprisals import avenged_attack
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


# Nouns of an authority's act, which come after events as deeds do ("the decree followed a day of
# prison riots", "the curfew came after two nights of looting").
_ACT_NOUNS = frozenset({"decree", "decision", "announcement", "declaration", "measure", "order",
                        "ban", "curfew", "ruling", "crackdown", "deployment", "move"})


def _deed(subject: Token, trigger_ids: frozenset[int] | set[int]) -> bool:
    """The subject names a deed (a trigger, or a trigger word: 'the rampage', or an authority's
    act: 'the decree') or stands for one."""
    if subject.i in trigger_ids or subject.lower_ in _BACK_PRONOUNS:
        return True
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and (lemma in _single_words() or lemma in _ACT_NOUNS)


_LAPSE_UNITS = {"hour", "day", "week", "month", "year", "decade"}
# "oprd": the death of "had been found dead" is the clause's core too
_CORE = {"nsubj", "nsubjpass", "dobj", "attr", "agent", "compound", "nummod", "amod", "det", "oprd"}


def _measured_lapse(node: Token, via: Token | None) -> bool:
    """'three months after the collapse killed 15', 'weeks after gunmen stormed': a lapse measured
    back from the reported deed, whatever its verb, names an earlier incident. In a clause, only
    its verb and core words are the earlier deed ('..., in a protest' may be parsed into it)."""
    if node.dep_ == "prep" and node.lower_ in _TIME_WORDS:
        unit = node.head
    # the parser may hang a comma's 'hours after a gunman shot two' on the main verb as a conjunct;
    # its own 'after' and measured lapse still make it the earlier deed
    elif node.dep_ in {"advcl", "conj"} and (via is None or via.dep_ in _CORE):
        marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in _TIME_WORDS]
        units = [u for t in (node, *marks) for u in t.children if u.dep_ == "npadvmod"]
        if not marks or not units:
            return False
        unit = units[0]
    else:
        return False
    # a bare plural measures a lapse too ('hours after', 'days after')
    return unit.lemma_.lower() in _LAPSE_UNITS and (unit.tag_ == "NNS" or any(
        c.dep_ in ("nummod", "det", "amod", "quantmod") for c in unit.children))


def earlier_incident(token: Token, trigger_ids: frozenset[int] | set[int] = frozenset(),
                     toll: bool = False) -> bool:
    """The trigger or count word lies in the 'after Y' of 'X came after Y' (or 'X followed Y')
    where X is a reported deed or a pronoun standing for it; for a toll (``toll``) also in the
    'Y' of 'N months after Y' or of 'in response to Y' (its dead are Y's, though Y, told with a
    verb of its own, may still be an incident of the report: MUC-4 codes such earlier deeds)."""
    node, via = token, None
    while node.dep_ != "ROOT" and node.head is not node:
        if toll and (_measured_lapse(node, via) or (node is not token and avenged_attack(node))):
            return True  # "in response to a strike that killed one of its commanders"
        if node.dep_ in _CLAUSE_DEPS and (verb := _link(node)) is not None:
            subject = grammatical_subject(verb)
            return subject is not None and subject.i != token.i and _deed(subject, trigger_ids)
        node, via = node.head, node
    return False
