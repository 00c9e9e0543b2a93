"""Blocks and corpus IDF from one pass over the events: one Spark job, no shuffle.

Each partition sends the driver the document frequencies of its main events' texts and one
small tuple per event (uid, country, start day, place, parent); the driver cuts segments and
joins them (the rules in :mod:`eventcoder.spark.blocks`) in plain Python. What goes back to the
workers is a :class:`BlockIndex`: per country the days that open a segment, and the root of each
linked segment, from which any event's block follows without a join. The same blocks as a
Spark query (window, joins, distinct) would cost five Spark jobs; a few hundred thousand
tuples sort on the driver in a second.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np

from eventcoder.spark.blocks import UnionFind, corpus_idf, document_frequencies

SEPARATOR = "\x1f"
# (uid, merge_country, merge_start, merge_place, merge_parent)
LightEvent = tuple[str, str | None, int | None, str | None, str | None]
SUMMARY_COLUMNS = (
    "uid", "merge_country", "merge_start", "merge_place", "merge_parent", "merge_main", "merge_text",
)


@dataclass
class BlockIndex:
    """Enough to name any event's block: segment openings per country, roots of linked segments."""

    openings: dict[str | None, list[int]] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)
    # Block → merge partition, dealt by event count (largest first) so the cores end together.
    partition_of: dict[str, int] = field(default_factory=dict)

    def segment(self, country: str | None, start: int | None, place: str | None) -> str:
        """The segment of an event: its country's run of starts, or (undated) its place."""
        if start is None:
            return SEPARATOR.join(p for p in ("U", place) if p is not None)
        number = bisect.bisect_right(self.openings.get(country, []), start)
        return SEPARATOR.join(p for p in ("D", country, str(number)) if p is not None)

    def block(self, country: str | None, start: int | None, place: str | None) -> str:
        """The block (component of linked segments) an event is merged in."""
        seg = self.segment(country, start, place)
        return self.roots.get(seg, seg)


def partition_summary(rows: Iterable[Any]) -> Iterator[tuple[dict[int, int], int, list[LightEvent]]]:
    """``mapPartitions`` body over SUMMARY_COLUMNS rows: (document frequencies, texts, events)."""
    texts: list[str] = []
    light: list[LightEvent] = []
    for uid, country, start, place, parent, main, text in rows:
        light.append((uid, country, start, place, parent))
        if main:
            texts.append(text or "")
    yield document_frequencies(texts), len(texts), light


def segment_openings(events: list[LightEvent], window: int) -> dict[str | None, list[int]]:
    """Per country, the start days that open a new segment (further than ``window`` from the last)."""
    days: dict[str | None, set[int]] = defaultdict(set)
    for _uid, country, start, _place, _parent in events:
        if start is not None:
            days[country].add(start)
    openings = {}
    for country, found in days.items():
        ordered = sorted(found)
        openings[country] = [b for a, b in pairwise(ordered) if b - a > window]
    return openings


def block_index(events: list[LightEvent], window: int) -> BlockIndex:
    """Segments of all events joined by shared places of undated events and by follow-ups."""
    index = BlockIndex(openings=segment_openings(events, window))
    seg_of = {uid: index.segment(country, start, place) for uid, country, start, place, _p in events}
    undated_places = {place for _u, _c, start, place, _p in events if start is None and place is not None}
    union = UnionFind()
    for uid, _country, _start, place, parent in events:
        links = []
        if place in undated_places:  # undated events compare with all of their place
            links.append(SEPARATOR.join(("U", place)))
        if parent in seg_of:  # a follow-up sits with the event it follows
            links.append(seg_of[parent])
        for other in links:
            if other != seg_of[uid]:
                union.union(seg_of[uid], other)
    index.roots = union.mapping()
    return index


def deal_blocks(sizes: dict[str, int], partitions: int) -> dict[str, int]:
    """Block → partition: the largest blocks first, each to the partition with fewest events."""
    heap = [(0, k) for k in range(partitions)]
    out = {}
    for block, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        load, target = heap[0]
        heapq.heapreplace(heap, (load + size, target))
        out[block] = target
    return out


def blocks_and_idf(
    events: Any, window: int, partitions: int
) -> tuple[BlockIndex, np.ndarray, int]:
    """One job over the events DataFrame: its BlockIndex, the corpus IDF and the links' count."""
    summaries = events.select(*SUMMARY_COLUMNS).rdd.mapPartitions(partition_summary).collect()
    frequencies: Counter[int] = Counter()
    light: list[LightEvent] = []
    n_docs = 0
    for df, count, part in summaries:
        frequencies.update(df)
        n_docs += count
        light += part
    index = block_index(light, window)
    sizes = Counter(index.block(country, start, place) for _u, country, start, place, _p in light)
    index.partition_of = deal_blocks(sizes, partitions)
    return index, corpus_idf(dict(frequencies), n_docs), len(index.roots)
