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
    # Pairs below the floor count as "not the same" outright: they may not sit in one incident.
    floor = float(cfg["pair_floor"])
    keep = pairs.score >= floor
    scores = PairScores(pairs.left[keep], pairs.right[keep], pairs.score[keep]).as_dict()
    owner = list(range(len(events)))
    # Singletons are implicit: only clusters that grew get an entry (most events never merge).
    members: dict[int, list[int]] = {}
    articles: dict[int, set[str]] = {}
    locked: set[int] = set()

    def mem(c: int) -> list[int]:
        return members.get(c) or [c]

    def arts(c: int) -> set[str]:
        return articles.get(c) or {events[c].article_id}

    def join(a: int, b: int) -> int:
        keep, drop = (a, b) if len(mem(a)) >= len(mem(b)) else (b, a)
        dropped = mem(drop)
        for m in dropped:
            owner[m] = keep
        members[keep] = mem(keep) + dropped
        articles[keep] = arts(keep) | arts(drop)
        members.pop(drop, None)
        articles.pop(drop, None)
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
        if arts(ca) & arts(cb):
            continue
        total = 0.0
        count = 0
        ok = True
        for x in mem(ca):
            for y in mem(cb):
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

    groups = [sorted(mem(c)) for c in sorted(set(owner))]
    groups.sort(key=lambda g: min(events[i].uid for i in g))
    return groups


def locked_roots(groups: list[list[int]], locked_groups: list[list[int]]) -> set[int]:
    """Return the positions in ``groups`` that contain a locked group."""
    locked_members = {m for g in locked_groups for m in g}
    return {k for k, g in enumerate(groups) if locked_members & set(g)}
