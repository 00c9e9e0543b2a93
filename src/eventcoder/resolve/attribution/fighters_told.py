"""An armed group's own voice calls its men by a description: a claim.

"Houthi military spokesman Yahya Saree said the rebels had fired missiles at the depot", "a
spokesman for the Arakan Army said the insurgents had launched the attacks": the group's speaker
tells what "the rebels" did, and the rebels he speaks of are his group's own men, as "its
fighters" or "the group" are (:mod:`own_claims`). Read only for an actor the knowledge base or the
name makes a non-state armed group: a state's spokesman who says "the rebels attacked" tells the
other side's deed.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.claim_sentences import claims_another_deed
from eventcoder.resolve.attribution.kin import kin_modifier
from eventcoder.resolve.attribution.own_claims import self_claim
from eventcoder.resolve.attribution.rules import Reading

_GROUP_KINDS = {"armed group", "militia"}
# readings a group's own account does not change: its claim or denial already read
_OWN_WORD = {"claimed", "denied"}
# a state's men the knowledge base may read as a group ("Girardo Battalion officers stated that
# the rebels attacked": soldiers telling the rebels' deed); not "battalion" or "brigade", which
# armed groups call themselves too
_STATE_MEN = {"officer", "officers", "soldier", "soldiers", "troops", "police", "policemen"}
# nouns others call a group by, rarely its own voice: a group's speaker on what "the militants"
# did tells its enemy's deed ("a spokesman for the SDF said the militants had attacked a
# checkpoint": Islamic State), unless the report calls the group so ("Al Shabaab militants")
_OUTSIDERS_WORDS = {"militant", "terrorist", "extremist", "jihadist"}


def _called_so(actor: Actor, noun: Any) -> bool:
    """The report names the actor with this noun ("Al Shabaab militants", "militants of IS")."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None:
            continue
        if root.lemma_.lower() == lemma and root.i != noun.i:
            return True  # the mention is the named noun phrase itself
        if root.dep_ in {"compound", "amod", "nmod", "poss"} and root.head.lemma_.lower() == lemma:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() == lemma:
            return True
    return False


def own_fighters_claim(reading: Reading, token: Any, actor: Actor) -> Reading:
    """The group's claim when its speaker tells what 'the rebels' did; else the reading."""
    if actor.kind not in _GROUP_KINDS or reading.attribution in _OWN_WORD:
        return reading
    head = rules.np_head(token)
    if (set(actor.name.lower().split()) | {head.lemma_.lower()}) & _STATE_MEN:
        return reading
    if kin_modifier(token) is not None or self_claim(head, token) is not None:
        return reading  # kin ("the al Qaeda-linked group") or a claim the grammar read already
    found = self_claim(head, token, fighters=True)
    if found is None or found.role != "perpetrator" or found.attribution != "claimed" \
            or claims_another_deed(found.verb):
        return reading  # "said the rebels had carried out a similar attack in May": a record
    doer = rules.subject_of(found.verb)
    if doer is not None and doer.lemma_.lower() in _OUTSIDERS_WORDS and not _called_so(actor, doer):
        return reading
    return found
