"""A denying group's counter-accusation: "The rebels denied carrying out the attack and accused
army units of staging the blast to discredit them."

A group blamed for a deed that denies it often turns the blame on its enemy in the same breath.
That is the word of an interested party of the other side, not evidence the report weighs: ACLED
and the GTD code the accused as a perpetrator only when the report's own voice or officials say
so. So an actor accused or suspected only in a group's denial (the sentence of the denial or the
one right after it, where the denier's spokesman goes on) stays in the record as a party named,
not as the doer. A state's denial with a counter-accusation is not read here: officials' blame
is an accusation by authorities, which MUC-4 and ACLED record.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.document import Document, Event, EventActor
from eventcoder.resolve.attribution.denials import denies_part
from eventcoder.resolve.attribution.verb_sets import ATTACK, DENY

_DENIER_KINDS = {"armed group", "militia", "political party"}
_VIEWS = {"accused", "suspected"}
# "denied the accusation": the blame laid on the denier, denied
_BLAME_NOUNS = {"accusation", "accusations", "charge", "charges"}
_STATE_KINDS = {"state forces", "government"}
# Subjects that stand for the blamed group already named ("The group denied", "the rebels").
_GROUP_NOUNS = {"group", "movement", "organisation", "organization", "rebels", "guerrillas",
                "militants", "insurgents", "front", "army"}
# Accusers that are authorities even unresolved ("police said", "officials accused").
_OFFICIAL = re.compile(r"\b(?:police|officials?|authorities|government|army|military|ministry|"
                       r"governor|spokesman for the (?:army|police))\b", re.IGNORECASE)
# A group disowning the deed without a verb of denial ("had no connection with this massacre").
_DISOWNED = re.compile(r"\b(?:nothing|no\s+(?:connection|link|part|hand|role))\s+"
                       r"(?:to\s+do\s+)?(?:with|in)\b", re.IGNORECASE)


def _own_part(verb: Any) -> bool:
    """Whether a verb of denial denies the subject's own part in a deed ("denied carrying out
    the attack", "denied the accusation", "denied that its fighters had killed them"), not an
    account disputed ("rejected the military version") or another matter ("denied any rifts")."""
    if denies_part(verb):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _BLAME_NOUNS for c in verb.children):
        return True
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in ATTACK for c in verb.children)


def _denier(document: Document, sent: Any) -> tuple[str, int] | None:
    """The non-state actor that denies or disowns the deed in a sentence, as its actor id, and
    where its words start: after a semicolon before the denial ("The attack was blamed on Los
    Zetas; La Familia denied involvement"), what comes before is another statement."""
    from eventcoder.resolve.actors.stage import actor_at

    kinds = {a.actor_id: a.kind for a in document.actors}
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        denies = verb.lemma_.lower() in DENY and _own_part(verb)
        disowns = verb.lemma_.lower() in {"say", "have"} and _DISOWNED.search(
            document.text[verb.idx:sent.end_char]) is not None
        if not (denies or disowns):
            continue
        start = max((t.idx + 1 for t in sent if t.text == ";" and t.i < verb.i),
                    default=sent.start_char)
        for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subj.lower_ in _GROUP_NOUNS - {"army"} and any(
                    c.lower_ == "the" for c in subj.children):
                return "the group", start  # a group named before, now denying
            for tok in subj.subtree:  # "A GAM spokesman", "the group's central committee"
                actor = actor_at(document, tok.idx, tok.idx + len(tok))
                if actor is not None and kinds.get(actor.actor_id) in _DENIER_KINDS:
                    return actor.actor_id, start
    return None


def _denial_windows(document: Document, sents: list[Any],
                    sent_ids: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, denier) spans: a denial sentence and the one after it."""
    out = []
    for i in sorted(set(sent_ids)):
        if i >= len(sents):
            continue
        found = _denier(document, sents[i])
        if found is not None:
            last = sents[min(i + 1, len(sents) - 1)]
            out.append((found[1], last.end_char, found[0]))
    return out


def _by_authority(document: Document, by: str | None) -> bool:
    """Whether the accuser is a state actor or an official ("Government of Turkey", "police")."""
    if not by:
        return False
    kinds = {a.name: a.kind for a in document.actors}
    return kinds.get(by) in _STATE_KINDS or _OFFICIAL.search(by) is not None


def _only_in(actor: EventActor, readings: list[tuple[Any, ...]],
             windows: list[tuple[int, int, str]]) -> bool:
    """Whether every reading of the actor as a doer lies in a denier's window."""
    doer = [r for r in readings if r[0] == actor.actor_id and r[1] == "perpetrator"]
    return all(any(s <= r[4] < e for s, e, _ in windows) for r in doer)


def counter_accusations(document: Document, event: Event, sents: list[Any],
                        sent_ids: list[int]) -> None:
    """Make an actor blamed only in a denying group's words a party named, not the doer."""
    windows = _denial_windows(document, sents, sent_ids)
    if not windows:
        return
    readings = getattr(event, "_readings", [])
    for actor in event.actors:
        if actor.role != "perpetrator" or actor.attribution not in _VIEWS or actor.start is None:
            continue
        inside = [w for w in windows if w[0] <= actor.start < w[1] and w[2] != actor.actor_id]
        if inside and _only_in(actor, readings, windows) \
                and not _by_authority(document, actor.attributed_by):
            actor.role = "other"
