"""Tolls an armed group claims: "saying its fighters had killed more than 30 soldiers".

A group's claim of its own deed usually comes with its own, larger toll ("JNIM said its fighters
had killed about 30 soldiers"), which reports print beside the officials' figure and call
unverified. The official or witnessed count is the incident's; the claimed one is dropped where
the report gives a count of the same kind that is not claimed. Alone, a claimed toll is kept (the
report has no other).
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.phrase import Finding
from eventcoder.extract.counts.wider import unless_alone

# Verbs through which a group's account is reported.
_TELLING = frozenset({"say", "claim", "state", "announce", "boast", "add", "write", "report"})
# Nouns of a message the clause may hang on ("said in a message ... that its fighters had ...").
_MESSAGES = frozenset({"message", "statement", "communique", "video", "recording", "post",
                       "claim", "note", "announcement"})
# The group's own men as the subject of the deed ("its fighters", "our mujahideen").
_OWN_MEN = frozenset({"fighter", "militant", "mujahid", "mujahideen", "member", "combatant",
                      "guerrilla", "rebel", "operative", "cadre", "brigade", "unit"})
_OWNERS = frozenset({"its", "their", "our"})


def _subject(verb: Any) -> Any | None:
    """The verb's subject, or that of the verb it is coordinated with ("had overrun ... and
    killed")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
    return None


def _own_men(subj: Any | None) -> bool:
    """'its fighters', 'their militants', 'we' (a group speaking in a quote)."""
    if subj is None:
        return False
    if subj.lower_ == "we":
        return True
    return subj.lemma_.lower() in _OWN_MEN and any(
        c.dep_ == "poss" and c.lower_ in _OWNERS for c in subj.children)


def _teller(verb: Any) -> Any | None:
    """The verb of telling or claiming, or the message, that reports the clause ("saying its
    fighters had ..."); None when the clause is not reported."""
    clause = verb.head if verb.dep_ == "conj" else verb
    teller = clause.head
    if teller.dep_ == "acl" and teller.head.lemma_.lower() in _MESSAGES:
        teller = teller.head  # "in a statement released on Telegram that its fighters had ..."
    if clause.dep_ in {"ccomp", "xcomp", "advcl", "acl", "relcl"} and (
            teller.lemma_.lower() in _TELLING or teller.lemma_.lower() in _MESSAGES):
        return teller
    return None


def _claimed_by(teller: Any, subj: Any | None) -> bool:
    """Whose the told toll is: the group's own men ("its fighters"); "the fighters" in what a
    group's message says ("the statement said the fighters had killed 30"); or any toll someone
    "claimed" ("claimed that more than 20 soldiers died"), a word reports keep for the
    unverified side."""
    if _own_men(subj) or teller.lemma_.lower() == "claim":
        return True
    speaker = _subject(teller)
    return subj is not None and subj.lemma_.lower() in _OWN_MEN and speaker is not None \
        and speaker.lemma_.lower() in _MESSAGES


def claimed_by_group(doc: Any, finding: Finding) -> bool:
    """The figure is a toll a group tells of its own men's deed."""
    if finding.cue < 0:
        return False
    cue = doc[finding.cue]
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    teller = _teller(verb)
    return teller is not None and _claimed_by(teller, _subject(verb))


def official_over_claimed(doc: Any, findings: list[Finding]) -> list[Finding]:
    """Drop a group's claimed toll when a count of the same kind is not a claim."""
    return unless_alone(findings, {id(f) for f in findings if claimed_by_group(doc, f)})
