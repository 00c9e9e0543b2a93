"""One actor per label and part: "Troops of the Nigerian Army" names one force, not two.

A generic noun ("troops", "soldiers") and the named force it belongs to ("the Kenya Defence
Forces") end up with the same ACLED label once both are labelled. A record that lists one force
twice in the same part, or once as the doer and again as a bystander ("other"), misleads whoever
counts actors. Actors sharing a label in different parts are kept: doer and target (a mutiny,
rival crowds of one country, which ACLED codes with the same label twice), or doer and announcer.
"""

from __future__ import annotations

from eventcoder.document import Event, EventActor


def merge_same_labels(event: Event) -> None:
    """Drop an actor whose label and part another already has, or a bystander twin of a party."""
    kept: list[EventActor] = []
    for ea in event.actors:
        label = ea.acled_name or ea.name
        twins = [k for k in kept if (k.acled_name or k.name) == label]
        if any((k.role, k.attribution) == (ea.role, ea.attribution) for k in twins):
            continue
        if ea.role == "other" and twins:
            continue
        for k in twins:
            if k.role == "other":
                kept.remove(k)  # the part the text gives it, not the bystander's
        kept.append(ea)
    event.actors = kept
