"""An anonymous voice that tells a named group's deed speaks for the group: "a man using a
recognised codeword telephoned the newsroom and said the INLA had carried out the shooting", "an
anonymous caller said the FMLN had set off the bomb", "a man who introduced himself as a spokesman
for the rebels told the agency by telephone that fighters of X had set it off". Officials, police
and witnesses name themselves by their office or are named by the report; a caller unnamed but
by his call, or one who names himself a group's spokesman, is how a claim reaches a newsroom.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor
from eventcoder.resolve.attribution.fighter_voice import fighter_voice
from eventcoder.resolve.attribution.group_documents import group_side_document
from eventcoder.resolve.attribution.speakers import SPEAKER_NOUNS

# Nouns for an unnamed person, who may be a caller.
_PERSONS = {"man", "woman", "person", "someone", "voice", "individual", "youth"}
# Verbs and nouns of a telephone call.
_CALL_VERBS = {"telephone", "phone", "call", "ring"}
_CALL_NOUNS = {"telephone", "phone", "call", "codeword", "code"}
# Verbs by which a speaker names himself one of a side ("introduced himself as a spokesman").
_SELF_NAMING = {"identify", "introduce", "describe", "present", "call", "say", "claim"}


def _verb_chain(speaker: Any) -> list[Any]:
    """The speaker's verb and the verbs it is conjoined with ("telephoned ... and said")."""
    verb = speaker.head
    out = [verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        out.append(verb)
    out += [c for v in list(out) for c in v.children if c.dep_ == "conj"]
    return out


def _by_telephone(verbs: list[Any], speaker: Any) -> bool:
    """A verb of the speaker is a call, or says it was made by telephone or with a codeword."""
    for verb in verbs:
        if verb.lemma_.lower() in _CALL_VERBS and verb.pos_ == "VERB":
            return True
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            if any(g.lemma_.lower() in _CALL_NOUNS for g in prep.children if g.dep_ == "pobj"):
                return True
    # "a man using a recognised codeword"
    return any(t.lemma_.lower() in _CALL_NOUNS for t in speaker.subtree if t.i != speaker.i)


def _names_himself_spokesman(speaker: Any) -> bool:
    """'a man who introduced himself as / said he was a spokesman for ...'."""
    for clause in (c for c in speaker.children if c.dep_ in {"relcl", "acl"}):
        if clause.lemma_.lower() not in _SELF_NAMING:
            continue
        if any(t.lemma_.lower() in SPEAKER_NOUNS - {"statement", "communique", "communiqué"}
               and t.pos_ == "NOUN" for t in clause.subtree):
            return True
    return False


def caller_for_group(speaker: Any) -> bool:
    """Whether the speaker is an anonymous caller or a self-named spokesman, whose account of a
    named group's deed is the group's claim."""
    lemma = speaker.lemma_.lower()
    if lemma == "caller" or fighter_voice(speaker):
        return True
    if lemma not in _PERSONS or speaker.dep_ not in {"nsubj", "conj"}:
        return False
    return _names_himself_spokesman(speaker) or _by_telephone(_verb_chain(speaker), speaker)


def caller_claim(reading: Any, actor: Actor) -> None:
    """A named armed group's deed told by a caller is the group's claim ('a man telephoned the
    newsroom and said the INLA had carried out the shooting'); unnamed gunmen claim nothing."""
    if reading.role != "perpetrator" or reading.attribution != "confirmed" \
            or reading.by_token is None or actor.kind not in {"armed group", "militia"} \
            or actor.name.startswith("Unidentified"):
        return
    if caller_for_group(reading.by_token) or group_side_document(reading.by_token, actor):
        reading.attribution, reading.by_self = "claimed", True
