"""Civilians the text makes the doers of a riot or a demonstration are its crowd.

A victim noun ("students", "traders", "residents", "workers") is read as "Civilians" when it
names no crowd word; but in a riot or a demonstration the people who threw stones, blocked the
road or marched are the crowd ACLED names "Rioters (<country>)" or "Protesters (<country>)", and
ACLED never codes civilians as a riot's or a protest's actor 1 (ACLED Codebook: civilians are
victims of violence, never its agents). "Police in Dhaka fired tear gas at students who threw
stones" is police against rioters; "workers of a garment factory clashed with police" is rioters
against police. Crowds before ACLED's 2019 codebook follow :mod:`crowds`.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors.crowds import NEW_CONVENTION_SINCE, disruptive
from eventcoder.resolve.actors.same_label import relabel_once

_CIVILIANS = re.compile(r"^Civilians(?: \((?P<c>[^()]+)\))?$")


def _crowd(event: Event, text: str, day: str | None) -> str | None:
    if event.event_type == "Riots":
        return "Rioters"
    if event.event_type != "Protests":
        return None
    old = bool(day) and day < NEW_CONVENTION_SINCE  # type: ignore[operator]
    return "Rioters" if old and disruptive(text) else "Protesters"


def _as_crowd(civilians: EventActor, crowd: str) -> str | None:
    """The crowd's label for actors labelled civilians, their country kept; else None."""
    m = _CIVILIANS.match(civilians.acled_name or civilians.name)
    if m is None:
        return None
    return f"{crowd} ({m.group('c')})" if m.group("c") else crowd


def label_crowd_doers(text: str, event: Event, day: str | None) -> None:
    """Name civilians who are a riot's or a protest's doers as its crowd, once."""
    found = _crowd(event, text, day)
    if found is None:
        return
    crowd = found  # a str from here on, also inside doer()

    def doer(ea: EventActor) -> str | None:
        return _as_crowd(ea, crowd) if ea.role == "perpetrator" else None

    def named_already(label: str) -> None:
        for other in event.actors:  # the crowd is already named: it is the doer
            if (other.acled_name or other.name) == label and other.role == "other":
                other.role = "perpetrator"

    relabel_once(event, doer, "civilians doing a riot's or protest's deed: its crowd",
                 on_twin=named_already)


# Labels that name a protest's crowd, under the current or the older convention.
_CROWD_LABEL = re.compile(r"^(?:Protesters|Rioters)\b")


def drop_protest_civilians(text: str, event: Event, day: str | None) -> None:
    """Drop the civilians of a demonstration: a protest has a crowd, no victims.

    ACLED names none of a Protests record's actors "Civilians" (acled_train.jsonl: 0 of 1,949
    Protests records; riots do have victims). The civilians a demonstration's report names are
    its crowd ("police fired tear gas at traders protesting"), the subjects of its grievance
    ("families protesting the kidnapping of their children", "a vigil for a journalist killed
    last year") or people hurt when it was broken up, whom ACLED counts among the protesters
    (Excessive force against protesters). Run after :func:`label_crowd_doers`: civilians the
    crowd's doers are its crowd; the rest leave the event (they stay among the document's
    actors), and when no crowd is named the first of them becomes it.
    """
    if event.event_type != "Protests":
        return
    civilians = [ea for ea in event.actors if _CIVILIANS.match(ea.acled_name or ea.name)]
    if not civilians:
        return
    crowd = _crowd(event, text, day)
    if crowd is not None and not any(_CROWD_LABEL.match(ea.acled_name or ea.name)
                                      for ea in event.actors):
        first = civilians.pop(0)
        first.name = _as_crowd(first, crowd) or crowd
        first.acled_name = first.name if first.name.endswith(")") else None
    event.actors = [ea for ea in event.actors if all(ea is not c for c in civilians)]
    event.notes.setdefault("actors", "civilians named beside a demonstration: no actors of it "
                                     "(a protest has a crowd, no victims)")
