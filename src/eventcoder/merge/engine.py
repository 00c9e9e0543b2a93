"""Merge in-memory event records into incidents: block, score, cluster, attach follow-ups.

This is the whole algorithm without a database; :mod:`eventcoder.merge.runner` feeds it stored
events and writes the result back, and the benchmark feeds it synthetic ones.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

import numpy as np

from eventcoder.merge.cluster import cluster
from eventcoder.merge.engine_types import EngineStats, Group
from eventcoder.merge.followups import attach_orphan_followups
from eventcoder.merge.records import MergeEvent
from eventcoder.merge.similarity import candidate_pairs, score_pairs

log = logging.getLogger(__name__)


def merge_events(
    events: list[MergeEvent],
    locked: Iterable[Iterable[str]] = (),
    *,
    idf: np.ndarray | None = None,
    attach_orphans: bool = True,
) -> tuple[list[Group], EngineStats]:
    """Group events into incidents; ``locked`` lists uid groups a human merged or split.

    ``idf`` (corpus-wide word weights) and ``attach_orphans=False`` let a distributed run merge
    one block at a time and link orphan follow-ups across blocks afterwards.
    """
    t0 = time.perf_counter()
    locked = [list(g) for g in locked]
    events = sorted(events, key=lambda e: e.uid)  # determinism does not depend on input order
    by_uid = {e.uid: e for e in events}
    followups = [e for e in events if e.is_followup and e.related_to in by_uid]
    follow_uids = {e.uid for e in followups}
    main = [e for e in events if e.uid not in follow_uids]
    index = {e.uid: i for i, e in enumerate(main)}
    locked_idx = [[index[u] for u in g if u in index] for g in locked]
    left, right = candidate_pairs(main)
    pairs = score_pairs(main, left, right, idf)
    clusters = cluster(main, pairs, [g for g in locked_idx if g])
    groups = [Group([main[i] for i in members]) for members in clusters]
    owner = {e.uid: g for g in groups for e in g.main}
    for fu in followups:
        parent = fu.related_to
        seen: set[str] = set()
        # Follow a chain of follow-ups (a claim following an arrest) to the incident itself.
        while parent in follow_uids and parent not in seen:
            seen.add(parent)
            parent = by_uid[parent].related_to
        target = owner.get(parent or "")
        if target is None:
            groups.append(Group([fu]))
            owner[fu.uid] = groups[-1]
        else:
            target.followups.append(fu)
    locked_uids = {u for g in locked for u in g}
    if attach_orphans:
        groups = attach_orphan_followups(groups, locked_uids)
    stats = EngineStats(len(events), len(left), len(groups), time.perf_counter() - t0)
    log.info("merged %d events (%d pairs) into %d incidents", stats.events, stats.pairs, stats.groups)
    return groups, stats
