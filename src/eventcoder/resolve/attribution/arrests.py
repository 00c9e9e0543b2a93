"""An arrest over the deed: "arrested four men in connection with the bombing", "detained over the
blast", "arrested two men seen near the market shortly before the explosion". The arresting force
is no doer of the deed; the arrested, and the group they are said to belong to, are its suspects.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution.implicated import names_deed
from eventcoder.resolve.attribution.responders import doer_noun
from eventcoder.resolve.attribution.verb_sets import ATTACK

ARREST_VERBS = {"arrest", "detain", "apprehend"}
# Words for the incident a report refers back to, besides the crime nouns of :mod:`implicated`.
INCIDENT_NOUNS = {"blast", "explosion", "shooting", "incident", "bombing", "ambush"}
# Prepositions by which an arrest names its cause ("in connection with", "over", "for") or
# follows the deed ("after the blast", "seen before the explosion").
_CAUSE_PREPS = {"in", "over", "for", "after", "before"}


def arrests_over_deed(verb: Any) -> bool:
    """Whether a verb is an arrest whose cause is a deed ('arrested ... in connection with the
    attack', 'detained over the bombing')."""
    if verb is None or verb.lemma_.lower() not in ARREST_VERBS:
        return False
    # the cause hangs from the verb or, as the parser often has it, from the arrested
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS and _deed(c.subtree)
           for h in heads for c in h.children):
        return True
    # "arrested two men seen near the market shortly before the explosion": the arrested are
    # described by the deed, so the arrest is over it
    return any(c.dep_ in {"acl", "relcl"} and _deed(c.subtree) for h in heads[1:]
               for c in h.children)


def _deed(tokens: Any) -> bool:
    """A crime noun ('the attack') or a word for the incident itself ('the blast')."""
    tokens = list(tokens)
    return names_deed(tokens) or any(t.lemma_.lower() in INCIDENT_NOUNS for t in tokens)


# Incidents an arrest answers rather than belongs to: the arrests made at a clash, a riot or a
# demonstration are part of it (ACLED codes them with it), those after an attack or a bombing
# are the response to it ("Police arrested a 41-year-old man at the scene").
_ANSWERED_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def _arrest_after_harm(event_type: str | None, verb: Any) -> bool:
    """The verb is an arrest and the event the attack or bombing it answers."""
    return event_type in _ANSWERED_TYPES and verb is not None \
        and verb.lemma_.lower() in ARREST_VERBS


def arrest_answers_attack(event_type: str | None, verb: Any, attribution: str) -> bool:
    """True if a reading would make the arresting force the doer of the attack or the bombing
    its arrest answers."""
    return _arrest_after_harm(event_type, verb) and attribution in {"stated", "confirmed", "claimed"}


def arrested_doers(event_type: str | None, verb: Any, token: Any) -> bool:
    """True if the arrested are named by the attack they did ("the attacker was arrested by
    police", "police arrested the gunmen"): they stay the attack's doers, not its targets."""
    return _arrest_after_harm(event_type, verb) and doer_noun(token)


def arrested_suspect(event_type: str | None, verb: Any, token: Any) -> bool:
    """True if the arrested are no victims of the attack their arrest answers ("Police arrested
    a 41-year-old man at the scene"); "arrested and beat a man" keeps its victim."""
    if not _arrest_after_harm(event_type, verb) or doer_noun(token):
        return False
    return not any(c.dep_ == "conj" and c.lemma_.lower() in ATTACK for c in verb.children) \
        and not (verb.dep_ == "conj" and verb.head.lemma_.lower() in ATTACK)
