"""'..., the group said in a statement': a description of the report's one armed group as the
speaker is that group speaking of its own deed, so its account is a claim.

News copy names the group once and then lets "the group", "the movement" or "the rebels" speak:
"Hezbollah fighters fired missiles at an army post, the group said". The description refers to
the group only when the report names exactly one non-state armed group before it
(:func:`only_group_before`) and the nearest organisation named before the description is that
group: "Amnesty International said ... the group said" speaks for the rights group.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor, Document
from eventcoder.nlp.doc_cache import span_ents
from eventcoder.resolve.actors.hits import overlaps
from eventcoder.resolve.attribution.definite_group import only_group_before
from eventcoder.resolve.attribution.fighter_descriptions import fighter_description

_STATE_KINDS = {"state forces", "government"}


def speaks_for_itself(document: Document, speaker: Any | None, actor: Actor) -> bool:
    """True when the speaker describes the actor itself ("the group said", "the rebels said")."""
    if speaker is None or not fighter_description(speaker):
        return False
    group = only_group_before(document, speaker.idx)
    if group is None or group.actor_id != actor.actor_id:
        return False
    # the state's forces the deed struck ("attacked a Frontier Corps post, ..., the group
    # said") are never "the group" that speaks
    forces = [(m.start, m.end) for a in document.actors if a.kind in _STATE_KINDS for m in a.mentions]
    orgs = [e for e in span_ents(speaker.doc[:speaker.i]) if e.label_ == "ORG"
            and not overlaps(e.start_char, e.end_char, forces)]
    if not orgs:
        return True
    last = orgs[-1]
    return overlaps(last.start_char, last.end_char, [(m.start, m.end) for m in actor.mentions])
