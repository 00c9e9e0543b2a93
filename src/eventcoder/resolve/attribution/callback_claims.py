"""A later claim by the group's description upgrades the named group to ``claimed``.

Reports name the group first in an official's accusation and let a description of it claim the
deed later: "A police commander blamed the attack on Al-Shabaab. ... On Sunday the Somali
militant group claimed the attack through an affiliated news agency". :mod:`definite_group`
gives an event its group from such a description only when no named doer is found; here the
group is already the event's accused or suspected doer, and its own claim, made through the
description, is the stronger attribution. The description refers to the group only when the
report names exactly one armed group before it (:func:`only_group_before`).
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document, Event
from eventcoder.nlp.doc_cache import span_tokens
from eventcoder.resolve.attribution import forms
from eventcoder.resolve.attribution.definite_group import only_group_before
from eventcoder.resolve.attribution.fighter_descriptions import fighter_description

# A claim does not override a denial read in the same report: which came last is not known here.
_WEAKER = {"accused", "suspected", "confirmed", "stated"}


def _claiming_description(token: Any) -> bool:
    """'the group claimed the attack', 'the rebels said they carried it out'."""
    if not fighter_description(token):
        return False
    reading = forms.read(token)
    return reading.role == "perpetrator" and reading.attribution == "claimed"


def callback_claims(document: Document, event: Event, sents: list[Any],
                    sent_ids: list[int]) -> None:
    """Make the event's named doer ``claimed`` when a description of it claims the deed."""
    for i in sent_ids:
        if not 0 <= i < len(sents):
            continue
        for token in span_tokens(sents[i]):
            if not _claiming_description(token):
                continue
            group = only_group_before(document, token.left_edge.idx)
            if group is None:
                continue
            for actor in event.actors:
                if actor.actor_id == group.actor_id and actor.role == "perpetrator" \
                        and actor.attribution in _WEAKER:
                    actor.attribution = "claimed"
                    actor.attributed_by = group.name
                    return
