"""A named spokesman is the voice of his group's claim, not a doer of its deed.

"Taliban spokesman Zabihullah Mujahid said their fighters killed six police officers": the
Taliban claim the deed and Mujahid is who makes the claim for them (`attributed_by`), no party
of the event, as "Army spokesman Colonel X said its troops killed five militants" makes the army
the doer and its spokesman none. A spokesman whose group the grammar does not tie to the claim
stays an announcer. The person must be titled as a voice (spokesman, spokeswoman,
representative: :func:`speakers.group_voice`); a commander or leader may have fought himself, so
he keeps the reading the grammar gives him.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor, Document
from eventcoder.nlp.doc_cache import entity_at
from eventcoder.resolve.actors.hits import overlaps
from eventcoder.resolve.attribution.group_speaker import speaks_for_itself
from eventcoder.resolve.attribution.rules import np_head
from eventcoder.resolve.attribution.speakers import group_voice, speaker_of


def _person_ent(token: Any) -> Any | None:
    """The PERSON entity the token is inside, else None."""
    ent = entity_at(token)
    return ent if ent is not None and ent.label_ == "PERSON" else None


def spokesman_of(document: Document, token: Any) -> str | None:
    """The named spokesman a group name hangs on ('Taliban spokesman Zabihullah Mujahid', 'a
    spokesman for X, Abu Y,', 'Abu Y, a spokesman for X,', "X's spokesman Abu Y"), else None."""
    from eventcoder.resolve.actors.stage import actor_at

    head = np_head(token)
    if head.dep_ == "poss":
        head = np_head(head.head)  # "the Arakan Army's spokesman Khine Thu Kha"
    speaker = speaker_of(head)
    if speaker is not head:
        head = np_head(speaker)  # "a spokesman for the group" → the phrase the speaker heads
    for cand in [head, *(c for c in head.children if c.dep_ == "appos")]:
        ent = _person_ent(cand)
        if ent is None or (ent.start <= token.i < ent.end) or not group_voice(ent):
            continue
        actor = actor_at(document, ent.start_char, ent.end_char)
        if actor is not None and (actor.kind or "").startswith("person"):
            return actor.name
    return None


def _own_spokesman(document: Document, speaker: Any | None, actor: Actor) -> bool:
    """The speaker is a spokesman titled as the actor's own: 'Taliban spokesman X', 'X, a
    spokesman for the group' (the report's one group, :func:`group_speaker.speaks_for_itself`)."""
    ent = _person_ent(speaker) if speaker is not None else None
    if ent is None or not group_voice(ent):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    title = [t for c in ent.root.children if c.dep_ == "appos" for t in c.subtree]
    title += [t for t in before.subtree if t.i < ent.start] if before is not None \
        and before.head.i in range(ent.start, ent.end) else []
    spans = [(m.start, m.end) for m in actor.mentions]
    return any(overlaps(t.idx, t.idx + len(t), spans) or (
        t.dep_ in {"pobj", "poss"} and speaks_for_itself(document, t, actor)) for t in title)


def group_voices(document: Document, token: Any, ent: Any | None,
                 reading: tuple[str, str, str | None, Any], actor: Actor
                 ) -> tuple[str, str, str | None]:
    """(role, attribution, attributed_by) of a mention weighed by who voices the group: a titled
    voice's denial or claim is the group's ("M23 spokesman X denied ...": no part of his own;
    "said its fighters killed ...": he announces it); the group's own claim made through a named
    spokesman is attributed to him, and what the group's own spokesman tells of its men is its
    claim ("Taliban fighters killed six police officers, said X, a spokesman for the group")."""
    role, attribution, by, by_token = reading
    if group_voice(ent):
        if attribution == "denied":
            return "other", attribution, by
        if role == "perpetrator" and attribution in {"claimed", "confirmed"}:
            return "announcer", "stated", None
    if attribution == "claimed" and by == actor.name:
        return role, attribution, spokesman_of(document, token) or by
    if role == "perpetrator" and attribution == "confirmed" \
            and _own_spokesman(document, by_token, actor):
        return role, "claimed", by
    return role, attribution, by


def drop_voices(event: Any) -> None:
    """Take out of the event's actors a titled person who only voices a claim another actor of
    the event is attributed to ("Abu X, a spokesman for Y, said its fighters ..."): he is the
    claim's source (`attributed_by`), not a party."""
    sources = {a.attributed_by for a in event.actors if a.attribution == "claimed"}
    event.actors = [a for a in event.actors if not (
        a.role in {"announcer", "other"} and a.attribution == "stated" and a.name in sources
        and a.title is not None)]
