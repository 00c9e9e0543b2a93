"""A relative clause on a participant that tells of something else than the event dates it not:
"the newspaper, whose director was assassinated in December 1986, was attacked tonight"."""

from __future__ import annotations

from typing import Any


def describes_other(clause: Any, triggers: list[Any]) -> bool:
    """A relative clause that tells of something else than the event: it holds none of its
    triggers, or it tells what befell someone the head noun owns ("whose") while the event is
    told elsewhere too ("the newspaper, whose director was assassinated in December 1986, was
    attacked tonight": the killing is the paper's past; unlike "a journalist who was shot")."""
    inside = {t.i for t in clause.subtree} & {t.i for t in triggers}
    if not inside:
        return True
    whose = any(t.lower_ == "whose" and t.dep_ == "poss" for t in clause.subtree)
    return whose and len(inside) < len({t.i for t in triggers})
