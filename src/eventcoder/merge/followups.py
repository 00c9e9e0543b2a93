"""Link follow-up reports (arrests, later claims) from other articles to the incident they follow.

An article that only reports "police arrested three suspects over Tuesday's market bombing" gives
an Arrests event with no ``related_to`` (the bombing itself is not in that article). Such an event
becomes a follow-up of an incident from other reports when that incident is in the same place,
happened before it (within ``followup_window_days``) and the wording clearly overlaps. A record
its article knows only as the topic of another event ("arrested over the bombing at the Gamboru
market") is such a stand-in too, and joins the incident other reports tell in full.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from eventcoder.geoparser.distance import haversine_km_array
from eventcoder.merge.engine_types import Group
from eventcoder.merge.records import MergeEvent, settings


def events_span(events: list[MergeEvent]) -> tuple[int | None, int | None]:
    """The earliest start and latest end of the dated events (None when none is dated)."""
    dated = [e for e in events if e.start is not None]
    if not dated:
        return None, None
    return min(e.start for e in dated), max(e.end or e.start for e in dated)


def _same_place(a: MergeEvent, b: MergeEvent) -> bool:
    tol = settings()["geo_tolerance_km"]
    ta, tb = tol.get(a.geo_precision), tol.get(b.geo_precision)
    if None not in (a.lat, a.lon, b.lat, b.lon, ta, tb):
        return float(haversine_km_array(a.lat, a.lon, b.lat, b.lon)) <= 2 * max(ta, tb)
    name_a = (a.record.get("location") or {}).get("name")
    name_b = (b.record.get("location") or {}).get("name")
    return bool(name_a and name_a == name_b) or bool(a.admin1 and a.admin1 == b.admin1)


def is_orphan(group: Group) -> bool:
    """A group of follow-ups (arrests, claims) or stand-ins only, which may belong to another
    incident."""
    subs = set(settings()["followup_sub_types"])
    return bool(group.main) and all(e.sub_event_type in subs or e.is_reference for e in group.main)


def attach_orphan_followups(groups: list[Group], locked: set[str]) -> list[Group]:
    """Move follow-up-only groups under the incident they follow; return the remaining groups."""
    cfg = settings()
    window = int(cfg["followup_window_days"])
    min_sim = float(cfg["followup_min_text"])
    orphans = [g for g in groups if is_orphan(g) and not set(g.uids) & locked]
    if not orphans:
        return groups
    orphan_ids = {id(g) for g in orphans}
    hosts = [g for g in groups if id(g) not in orphan_ids and not g.main[0].historical]
    by_country: dict[str, list[Group]] = defaultdict(list)
    for h in hosts:
        by_country[h.main[0].block_country].append(h)
    pairs: list[tuple[Group, Group]] = []
    for o in orphans:
        o_start, o_end = events_span(o.main)
        for h in by_country.get(o.main[0].block_country, []):
            h_start, h_end = events_span(h.main)
            if o_start is not None and h_start is not None:
                # The follow-up is reported after the incident began, within the window.
                if not (h_start - 1 <= o_end and o_start <= h_end + window):
                    continue
            if _same_place(o.main[0], h.main[0]):
                pairs.append((o, h))
    if not pairs:
        return groups
    texts: list[str] = []
    slot: dict[int, int] = {}
    for g in {id(x): x for p in pairs for x in p}.values():
        slot[id(g)] = len(texts)
        texts.append(" ".join(e.text for e in g.main))
    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:  # no usable words at all
        return groups
    best: dict[int, tuple[float, str, Group]] = {}
    for o, h in pairs:
        a, b = slot[id(o)], slot[id(h)]
        sim = float(np.asarray(matrix[a].multiply(matrix[b]).sum()))
        key = (sim, min(h.uids))
        if sim >= min_sim and (id(o) not in best or key[0] > best[id(o)][0] or (
            key[0] == best[id(o)][0] and key[1] < best[id(o)][1]
        )):
            best[id(o)] = (sim, key[1], h)
    moved: set[int] = set()
    for o in orphans:
        if id(o) in best:
            host = best[id(o)][2]
            host.followups.extend(o.main + o.followups)
            moved.add(id(o))
    return [g for g in groups if id(g) not in moved]
