"""A group coordinated with a named one under a shared group noun: "the Los Choneros and Los
Lobos gangs", "the Gulf and Sinaloa cartels", "the FDLR and Mai-Mai militias".

The noun after the pair says both names are groups of that kind, whatever the tagger reads the
second as (here a place, "Los Lobos"). The first is found by the other finders; the second takes
its knowledge-base entry when it has one, else is a group named as the text writes it.
"""

from __future__ import annotations

import re

from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps

_GROUP_KINDS = {"armed group", "militia"}
_SECOND = re.compile(
    r"\s+and\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"\s+(?P<noun>gangs|cartels|militias|groups|rebel groups|armed groups|factions)\b")


def coordinated_group_hits(text: str, hits: list[Hit], country: str | None) -> list[Hit]:
    """Hits for the second name of "the X and Y gangs" where X is a group already found."""
    taken = [(h.start, h.end) for h in hits]
    out: list[Hit] = []
    for h in hits:
        if h.kind not in _GROUP_KINDS:
            continue
        m = _SECOND.match(text, h.end)
        if m is None or overlaps(m.start("name"), m.end("name"), taken):
            continue
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        entry = actor_kb.lookup(name, country)
        if entry is not None:
            out.append(Hit.of_entry(start, end, name, entry, country))
        else:
            out.append(Hit(start, end, name, f"new:{actor_kb._norm(name)}", name, h.kind, name,
                           country))
        taken.append((start, end))
    return out
