"""Cross-article merging: many reports of one incident become one canonical incident.

Example:
    >>> from eventcoder.merge import run_merge
    >>> report = run_merge(store)                      # everything
    >>> report = run_merge(store, article_ids=["a1"])  # only the block of one new article
"""

from __future__ import annotations

from eventcoder.merge.engine import Group, merge_events
from eventcoder.merge.reconcile import apply_overrides, canonical_record
from eventcoder.merge.records import MergeEvent, from_record
from eventcoder.merge.runner import MergeReport, run_merge

__all__ = [
    "Group",
    "MergeEvent",
    "MergeReport",
    "apply_overrides",
    "canonical_record",
    "from_record",
    "merge_events",
    "run_merge",
]
