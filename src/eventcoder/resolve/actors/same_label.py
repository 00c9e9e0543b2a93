"""One actor per label and part: "Troops of the Nigerian Army" names one force, not two.

A generic noun ("troops", "soldiers") and the named force it belongs to ("the Kenya Defence
Forces") end up with the same ACLED label once both are labelled. A record that lists one force
twice in the same part, or once as the doer and again as a bystander ("other"), misleads whoever
counts actors. Actors sharing a label in different parts are kept: doer and target (a mutiny,
rival crowds of one country, which ACLED codes with the same label twice), or doer and announcer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors import kb as actor_kb


@functools.cache
def _class_names() -> tuple[str, ...]:
    """The generic actor classes' names ("Protesters", "Military Forces" ...)."""
    return tuple(spec["name"] for spec in actor_kb.terms()["classes"].values())


def _generic(name: str) -> bool:
    """True for a generic actor's name ("Protesters (Nigeria)"), not a name of its own."""
    return name.startswith(_class_names())


def merge_same_labels(event: Event) -> None:
    """Drop an actor whose label and part another already has (keeping the more telling
    attribution), or a bystander twin of a party."""
    kept: list[EventActor] = []
    for ea in event.actors:
        label = ea.acled_name or ea.name
        twins = [k for k in kept if (k.acled_name or k.name) == label]
        if any((k.role, k.attribution) == (ea.role, ea.attribution) for k in twins):
            continue
        same_part = next((k for k in twins if k.role == ea.role and (
            k.name == ea.name or _generic(k.name) or _generic(ea.name))), None)
        if same_part is not None:
            # one crowd or force in one part, read twice ("protesters clashed with police", "a
            # mob stormed the station"): one actor; a reading someone vouches for beats narration.
            # Two names under one label (Boko Haram and ISWAP, one ACLED label) both stay.
            if same_part.attribution == "stated" and ea.attribution != "stated":
                kept[kept.index(same_part)] = ea
            continue
        if ea.role == "other" and twins:
            continue
        for k in twins:
            if k.role == "other":
                kept.remove(k)  # the part the text gives it, not the bystander's
        kept.append(ea)
    event.actors = kept


def relabel_once(event: Event, new_label: Callable[[EventActor], str | None], note: str,
                 keep_name: bool = True,
                 on_twin: Callable[[str], None] | None = None) -> None:
    """Give the actors ``new_label`` picks their new label, one actor per label: an actor whose
    new label another already has is dropped (``on_twin`` is told the label). ``keep_name`` keeps
    a name of its own (a KB name) beside the new label; a label without its country ("Civilians")
    names the actor but is no ACLED label."""
    seen = {a.acled_name or a.name for a in event.actors}
    kept = []
    for ea in event.actors:
        label = new_label(ea)
        if label is None:
            kept.append(ea)
            continue
        event.notes.setdefault("actors", note)
        if label in seen:
            if on_twin is not None:
                on_twin(label)
            continue
        if not keep_name or ea.acled_name in (None, ea.name):
            ea.name = label
        if label.endswith(")"):
            ea.acled_name = label
        seen.add(label)
        kept.append(ea)
    event.actors = kept


def relabel_class(event: Event, old: re.Pattern[str], new: str, note: str) -> None:
    """Give every actor labelled ``old`` (its group ``c`` the country, if any) the generic class
    ``new``, country kept: "Protesters (Kenya)" → "Rioters (Kenya)"."""
    for ea in event.actors:
        m = old.match(ea.acled_name or ea.name)
        if m is None:
            continue
        country = m.groupdict().get("c")
        label = f"{new} ({country})" if country else new
        if ea.name == ea.acled_name or ea.acled_name is None:
            ea.name = label
        ea.acled_name = label
        event.notes.setdefault("actors", note)
