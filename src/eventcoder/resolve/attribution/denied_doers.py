"""A denial that refers back to the group a report blames: that group's attribution is `denied`.

Incident summaries blame a group and then report its denial without naming it again: "the
government attributed the massacre to Renamo, which denied involvement", "assailants suspected
to be ULFA members planted the bomb; the group denied involvement", "police blamed the LTTE, but
it denied any role". The denial's subject is a relative pronoun whose antecedent names the group,
a definite description of the group or its fighters ("the group", "the rebels"), or "it" in the
sentence that names the group. Only a group the event already has as its perpetrator is changed
(suspected, accused or stated; claimed only when the denial comes after the claim: "a caller
claimed the bombing on behalf of X, but the group denied involvement" is the group's last word):
a denial by anyone else (the army, the government) denies that one's own part, which the grammar
rules read already.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document, Event, EventActor
from eventcoder.nlp.doc_cache import span_tokens
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.definite_group import only_group_before
from eventcoder.resolve.attribution.denials import denies_part
from eventcoder.resolve.attribution.fighter_descriptions import fighter_description

_RELATIVE = {"which", "who", "that"}
_BLAMED = {"suspected", "accused", "stated", "confirmed"}


def _named_doers(event: Event, denial: int) -> list[EventActor]:
    """The event's named perpetrators that were blamed or stated, or claimed before the denial
    at char ``denial``; not denied."""
    return [a for a in event.actors if a.role == "perpetrator" and a.mention
            and (a.attribution in _BLAMED or (a.attribution == "claimed" and a.start is not None
                                              and a.start < denial))
            and not a.name.startswith("Unidentified")]


def _antecedent_actor(document: Document, event: Event, subj: Any) -> EventActor | None:
    """The blamed doer a relative pronoun's antecedent names ("Renamo, which denied ...")."""
    from eventcoder.resolve.actors.stage import actor_at

    verb = subj.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    actor = actor_at(document, noun.idx, noun.idx + len(noun))
    if actor is None:
        return None
    return next((a for a in _named_doers(event, subj.idx) if a.actor_id == actor.actor_id), None)


def _described_actor(document: Document, event: Event, subj: Any) -> EventActor | None:
    """The blamed doer 'the group', 'the rebels' or 'it' refers back to."""
    doers = _named_doers(event, subj.idx)
    if subj.lower_ == "it":
        sent = subj.sent
        doers = [a for a in doers if sent.start_char <= a.start < subj.idx]
    elif fighter_description(subj):
        group = only_group_before(document, subj.idx)
        if group is not None:
            doers = [a for a in doers if a.actor_id == group.actor_id]
    else:
        return None
    return doers[0] if len(doers) == 1 else None


def denied_doers(document: Document, event: Event, sents: list[Any], sent_ids: list[int]) -> None:
    """Mark as `denied` (by itself) the blamed group a later denial refers back to."""
    for i in sent_ids:
        if i >= len(sents):
            continue
        for verb in span_tokens(sents[i]):
            if verb.lemma_.lower() not in rules.DENY or not denies_part(verb):
                continue
            subj = rules.subject_of(verb)
            if subj is None:
                continue
            if subj.lower_ in _RELATIVE:
                doer = _antecedent_actor(document, event, subj)
            else:
                doer = _described_actor(document, event, subj)
            if doer is not None:
                doer.attribution, doer.attributed_by = "denied", doer.name
