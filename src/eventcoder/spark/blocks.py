"""Merging block by block with the answers of one merge over everything (no Spark in here).

One merge over all events (:func:`eventcoder.merge.merge_events`) couples events in four ways,
and each is kept whole here:

* candidate pairs: same country, starts at most ``max_window_days`` apart. Sorting a country's
  dated events by start and cutting wherever two neighbours are further apart than the window
  gives *segments*; no pair crosses a cut, and the ``max_candidates`` cap counts neighbours that
  all lie inside the segment, so every segment sees exactly the pairs the full merge sees;
* undated events compare with every event of their country and place (dated or not), so those
  events join one block;
* a follow-up sits with the event it follows (``related_to``);
* text similarity weighs words by IDF over *all* events: the job counts document frequencies
  over the corpus and hands each block that IDF (``merge_events(idf=...)``).

Blocks are the connected components of segments linked by the last two rules. Orphan follow-ups
(an arrest reported alone) may attach to an incident of another block, judged with TF-IDF over
the candidate groups of the whole corpus; that step runs once, over the few candidates, with
the engine's own :func:`attach_orphan_followups`.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Iterable
from typing import Any

import numpy as np

from eventcoder.merge.engine import merge_events
from eventcoder.merge.engine_types import Group
from eventcoder.merge.followups import attach_orphan_followups, events_span, is_orphan
from eventcoder.merge.reconcile import apply_overrides, canonical_record
from eventcoder.merge.records import MergeEvent
from eventcoder.merge.runner import new_incident_id, summary_columns
from eventcoder.merge.similarity import HASH_FEATURES, hashed_counts, idf_from_df
from eventcoder.spark.rows import dumps


class UnionFind:
    """Disjoint sets of string keys; the smallest key names each set."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The set's name."""
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(key, key) != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        """Join the sets of a and b."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low
            self.parent.setdefault(low, low)

    def mapping(self) -> dict[str, str]:
        """Every key seen → its set's name."""
        return {k: self.find(k) for k in list(self.parent)}


def document_frequencies(texts: Iterable[str]) -> dict[int, int]:
    """Hashed-feature → number of texts containing it."""
    texts = list(texts)
    if not texts:
        return {}
    counts = hashed_counts(texts).tocsc()
    df = np.diff(counts.indptr)
    return {int(k): int(df[k]) for k in np.flatnonzero(df)}


def corpus_idf(df: dict[int, int], n_docs: int) -> np.ndarray:
    """The IDF one merge over all ``n_docs`` main events would fit."""
    dense = np.zeros(HASH_FEATURES, dtype=np.float32)
    if df:
        keys = np.fromiter(df.keys(), dtype=np.int64)
        dense[keys] = np.fromiter(df.values(), dtype=np.float32)
    return idf_from_df(dense, n_docs)


def incident_row(
    component: str, main: list[MergeEvent], followups: list[MergeEvent], taken: set[str]
) -> dict[str, Any]:
    """The incident table's row for one group (id as the store runner gives a new incident)."""
    uids = sorted(e.uid for e in main + followups)
    incident_id = new_incident_id(uids, taken)
    taken.add(incident_id)
    base = canonical_record(main, followups)
    base["id"] = incident_id
    record = apply_overrides(base, {})
    return {
        "incident_id": incident_id,
        "component": component,
        "n_events": len(uids),
        "event_uids": uids,
        "main_uids": sorted(e.uid for e in main),
        **summary_columns(record),
        "canonical_json": dumps(record),
    }


def _light(event: MergeEvent, keep_text: bool) -> MergeEvent:
    """What orphan linking reads of an event: place, dates, type, text (no record, no article)."""
    name = (event.record.get("location") or {}).get("name")
    note = (event.record.get("notes") or {}).get("event")
    return dataclasses.replace(
        event, record={"location": {"name": name}, "notes": {"event": note}}, article={}, perpetrators=frozenset(),
        targets=frozenset(), text=event.text if keep_text else "",
    )


def group_rows(component: str, groups: list[Group], followups: set[str]) -> list[dict[str, Any]]:
    """One row per group of a block: its incident as is, plus what orphan linking needs."""
    rows = []
    for group in groups:
        start, end = events_span(group.main)
        light = Group([_light(e, True) for e in group.main], [_light(e, False) for e in group.followups])
        row = incident_row(component, group.main, group.followups, set())
        row.update(
            group_key=min(group.uids),
            # The engine lists clustered groups by first uid, then lone follow-ups: keep that order.
            order_key=f"{int(group.main[0].uid in followups)}:{min(e.uid for e in group.main)}",
            orphan=is_orphan(group),
            host=not group.main[0].historical,
            group_country=group.main[0].block_country,
            span_start=start,
            span_end=end,
            light=pickle.dumps(light, protocol=pickle.HIGHEST_PROTOCOL),
        )
        rows.append(row)
    return rows


def merge_block(
    component: str, events: list[MergeEvent], idf: np.ndarray | None
) -> list[dict[str, Any]]:
    """Merge one block with the corpus IDF, orphan follow-ups left for the global step."""
    groups, _stats = merge_events(events, idf=idf, attach_orphans=False)
    uids = {e.uid for e in events}
    followups = {e.uid for e in events if e.is_followup and e.related_to in uids}
    return group_rows(component, groups, followups)


def link_orphans(orphans: list[dict[str, Any]], hosts: list[dict[str, Any]]) -> dict[str, str]:
    """Orphan group key → key of the group it follows up, decided by the engine's own rule."""
    rows = sorted({r["group_key"]: r for r in orphans + hosts}.values(), key=lambda r: r["order_key"])
    groups = [pickle.loads(r["light"]) for r in rows]
    key_of = {id(g): r["group_key"] for g, r in zip(groups, rows, strict=True)}
    kept = {id(g) for g in attach_orphan_followups(groups, set())}
    moved = {u: key_of[id(g)] for g in groups if id(g) not in kept for u in g.uids}
    return {
        moved[member.uid]: key_of[id(host)]
        for host in groups if id(host) in kept
        for member in host.followups if member.uid in moved
    }
