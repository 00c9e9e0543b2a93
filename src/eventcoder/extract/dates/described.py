"""A relative clause on a participant that tells of something else than the event dates it not:
"the radio station, whose owner was shot dead in March 2015, was bombed tonight"."""

from __future__ import annotations

from typing import Any


def describes_other(clause: Any, triggers: list[Any]) -> bool:
    """A relative clause that tells of something else than the event: it holds none of its
    triggers, or it tells what befell someone the head noun owns ("whose") while the event is
    told elsewhere too ("the radio station, whose owner was shot dead in March 2015, was bombed
    tonight": the killing is the station's past; unlike "a journalist who was shot")."""
    inside = {t.i for t in clause.subtree} & {t.i for t in triggers}
    if not inside:
        return True
    whose = any(t.lower_ == "whose" and t.dep_ == "poss" for t in clause.subtree)
    return whose and len(inside) < len({t.i for t in triggers})
