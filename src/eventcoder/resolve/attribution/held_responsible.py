"""Responsibility laid on a party by someone else: "residents hold the militia responsible for
the raid", "the government said al-Shabaab bears full responsibility for the attack".

"Bear responsibility" is how officials and rivals blame ("Israel bears full responsibility for
the consequences"); a group owning its deed says it with itself as subject ("the group said it
bears responsibility", "we bear responsibility"), which :mod:`resolve.actors.context` reads as
a claim. A named party bearing responsibility in another speaker's words is accused by that
speaker, never a claimant.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import bears_for_another
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.own_claims import REPORT_VERBS
from eventcoder.resolve.attribution.rules import Reading
from eventcoder.resolve.attribution.stranded_clauses import stranded_host

_HOLDING_VERBS = {"hold", "consider", "deem", "find"}
_BURDENS = {"responsibility", "blame"}


def reporting_governor(verb: Any) -> Any | None:
    """The say/report verb whose clause holds ``verb``, if the act is reported speech."""
    cur = verb
    for _ in range(4):
        host = stranded_host(cur)  # "told the BBC by telephone that X had ...": hung on a noun
        if host is None and (cur.head.i == cur.i or cur.dep_ not in {"ccomp", "conj", "advcl",
                                                                     "xcomp"}):
            return None
        cur = host if host is not None else cur.head
        if cur.lemma_.lower() in REPORT_VERBS:
            return cur
    return None


def _held(t: Any) -> Reading | None:
    """'residents hold the militia responsible for the raid'."""
    holder = t.head.head  # "residents hold the militia responsible for the raid"
    by = rules.subject_of(holder)
    speaker = reporting_governor(holder)
    if by is not None and by.pos_ == "PRON" and speaker is not None:
        by = rules.subject_of(speaker) or by  # "villagers said they hold ..."
    return Reading(role="perpetrator", attribution="accused", by_token=by, verb=holder)


def _borne(t: Any) -> Reading | None:
    """'the government said al-Shabaab bears full responsibility': the speaker accuses."""
    verb = t.head
    if not bears_for_another(verb) or not any(c.dep_ == "dobj" and c.lemma_.lower() in _BURDENS
                                              for c in verb.children):
        return None
    speaker_verb = reporting_governor(verb)
    speaker = None if speaker_verb is None else (rules.subject_of(speaker_verb)
                                                 or rules.agent_of(speaker_verb))
    if speaker is None or speaker.lower_ in {"it", "they", "we", "which", "that"}:
        return None
    return Reading(role="perpetrator", attribution="accused", by_token=speaker, verb=verb)


def responsibility_laid(t: Any) -> Reading | None:
    """The name is held responsible, or bears responsibility in another speaker's words."""
    if t.dep_ != "nsubj":
        return None
    if t.head.lemma_.lower() == "responsible" and t.head.head.lemma_.lower() in _HOLDING_VERBS:
        return _held(t)
    if t.head.lemma_.lower() == "bear":
        return _borne(t)
    return None
