"""Extraction partitions of about equal work: input rows dealt out by text length, not by count.

An article's extraction time grows with its text; with partitions of equal counts, a partition
that drew the long reports finishes last while the other cores wait. Each input partition deals
its rows to the output partition that has the least text so far (a greedy that needs no pass of
its own: it runs in the map side of the shuffle the job does anyway).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from typing import Any

# Characters an article costs before its text does (parse set-up, record building): a short
# note is not free, so the count of articles keeps some weight.
ARTICLE_OVERHEAD_CHARS = 400


def row_weight(row: tuple[Any, ...]) -> int:
    """The expected work of an input row (file, line, kind, payload): its payload's length."""
    return len(row[3] or "") + ARTICLE_OVERHEAD_CHARS


def deal_by_length(
    index: int, rows: Iterable[tuple[Any, ...]], partitions: int
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(target partition, row) for each row of input partition ``index``: lightest target first."""
    # Ties go to a different target in each input partition, so small inputs do not all fill 0.
    heap = [(0, k, (index + k) % partitions) for k in range(partitions)]
    for row in rows:
        load, rank, target = heap[0]
        heapq.heapreplace(heap, (load + row_weight(row), rank, target))
        yield target, row


def balanced(rdd: Any, partitions: int) -> Any:
    """``rdd`` of input rows in ``partitions`` partitions of about equal text, one shuffle."""
    dealt = rdd.mapPartitionsWithIndex(lambda i, rows: deal_by_length(i, rows, partitions))
    return dealt.partitionBy(partitions, lambda target: target).values()
