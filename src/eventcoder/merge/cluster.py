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


class _Clusters:
    """Union-find over events that keeps each grown cluster's members and articles."""

    def __init__(self, events: list[MergeEvent]) -> None:
        self.events = events
        self.owner = list(range(len(events)))
        # Singletons are implicit: only clusters that grew get an entry (most events never merge).
        self.members: dict[int, list[int]] = {}
        self.articles: dict[int, set[str]] = {}
        self.locked: set[int] = set()

    def mem(self, c: int) -> list[int]:
        """The events of cluster ``c``."""
        return self.members.get(c) or [c]

    def arts(self, c: int) -> set[str]:
        """The articles that report the events of cluster ``c``."""
        return self.articles.get(c) or {self.events[c].article_id}

    def join(self, a: int, b: int) -> int:
        """Merge two clusters; return the surviving root."""
        keep, drop = (a, b) if len(self.mem(a)) >= len(self.mem(b)) else (b, a)
        dropped = self.mem(drop)
        for m in dropped:
            self.owner[m] = keep
        self.members[keep] = self.mem(keep) + dropped
        self.articles[keep] = self.arts(keep) | self.arts(drop)
        self.members.pop(drop, None)
        self.articles.pop(drop, None)
        if drop in self.locked:
            self.locked.discard(drop)
            self.locked.add(keep)
        return keep

    def lock(self, locked_groups: Iterable[Iterable[int]]) -> None:
        """Join each analyst-fixed group and keep it from merging with another fixed one."""
        for group in locked_groups:
            group = sorted(set(group))
            if not group:
                continue
            root = self.owner[group[0]]
            for m in group[1:]:
                if self.owner[m] != root:
                    root = self.join(root, self.owner[m])
            self.locked.add(root)

    def average_link(self, ca: int, cb: int, scores: dict[tuple[int, int], float]) -> float | None:
        """Mean pair score between two clusters; None when any pair is unscored or a hard no."""
        total = 0.0
        count = 0
        for x in self.mem(ca):
            for y in self.mem(cb):
                s = scores.get((x, y) if x < y else (y, x))
                if s is None or s == HARD_NO:
                    return None
                total += s
                count += 1
        return total / count


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
    clusters = _Clusters(events)
    clusters.lock(locked_groups)
    # A record known only as the topic of another event ("arrested over the bombing at the
    # market") says too little to join by its own scores: the first report it resembles would
    # take it, and its low scores with the rest would then keep that report out of its incident.
    # It is attached to its incident afterwards, like a follow-up (merge.followups).
    references = {i for i, e in enumerate(events) if e.is_reference}
    order = sorted((-s, a, b) for (a, b), s in scores.items()
                   if s >= threshold and a not in references and b not in references)
    for _neg, a, b in order:
        ca, cb = clusters.owner[a], clusters.owner[b]
        if ca == cb or (ca in clusters.locked and cb in clusters.locked):
            continue
        if clusters.arts(ca) & clusters.arts(cb):
            continue
        mean = clusters.average_link(ca, cb, scores)
        if mean is not None and mean >= linkage:
            clusters.join(ca, cb)
    groups = [sorted(clusters.mem(c)) for c in sorted(set(clusters.owner))]
    groups.sort(key=lambda g: min(events[i].uid for i in g))
    return groups


def locked_roots(groups: list[list[int]], locked_groups: list[list[int]]) -> set[int]:
    """Return the positions in ``groups`` that contain a locked group."""
    locked_members = {m for g in locked_groups for m in g}
    return {k for k, g in enumerate(groups) if locked_members & set(g)}
