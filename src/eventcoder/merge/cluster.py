"""Group scored events into incidents: greedy, best pair first, with a guard against chaining.

Pairs are taken in descending score order (ties broken by index, so the result is
deterministic). Two clusters join only when every cross pair was a scored candidate, none is a
hard "no", no article appears on both sides, and the average cross score clears
``linkage_threshold`` (so A~B and B~C do not drag a dissimilar C into A's incident). Groups a
human merged or split are *locked*: they never split and two locked groups never join, but new
reports may still join a locked incident.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventcoder.merge.records import MergeEvent, settings
from eventcoder.merge.similarity import HARD_NO, PairScores


def cluster(
    events: list[MergeEvent],
    pairs: PairScores,
    locked_groups: Iterable[Iterable[int]] = (),
) -> list[list[int]]:
    """Return clusters of event indexes, each sorted, ordered by their first event's uid."""
    cfg = settings()
    threshold = float(cfg["threshold"])
    linkage = float(cfg["linkage_threshold"])
    scores = pairs.as_dict()
    owner = list(range(len(events)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    articles: dict[int, set[str]] = {i: {events[i].article_id} for i in range(len(events))}
    locked: set[int] = set()

    def join(a: int, b: int) -> int:
        keep, drop = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for m in members[drop]:
            owner[m] = keep
        members[keep].extend(members.pop(drop))
        articles[keep] |= articles.pop(drop)
        if drop in locked:
            locked.discard(drop)
            locked.add(keep)
        return keep

    for group in locked_groups:
        group = sorted(set(group))
        if not group:
            continue
        root = owner[group[0]]
        for m in group[1:]:
            if owner[m] != root:
                root = join(root, owner[m])
        locked.add(root)

    order = sorted(
        (
            (-s, a, b)
            for (a, b), s in scores.items()
            if s >= threshold
        )
    )
    for _neg, a, b in order:
        ca, cb = owner[a], owner[b]
        if ca == cb or (ca in locked and cb in locked):
            continue
        if articles[ca] & articles[cb]:
            continue
        total = 0.0
        count = 0
        ok = True
        for x in members[ca]:
            for y in members[cb]:
                s = scores.get((x, y) if x < y else (y, x))
                if s is None or s == HARD_NO:
                    ok = False
                    break
                total += s
                count += 1
            if not ok:
                break
        if ok and total / count >= linkage:
            join(ca, cb)

    groups = [sorted(m) for m in members.values()]
    groups.sort(key=lambda g: min(events[i].uid for i in g))
    return groups


def locked_roots(groups: list[list[int]], locked_groups: list[list[int]]) -> set[int]:
    """Return the positions in ``groups`` that contain a locked group."""
    locked_members = {m for g in locked_groups for m in g}
    return {k for k, g in enumerate(groups) if locked_members & set(g)}
