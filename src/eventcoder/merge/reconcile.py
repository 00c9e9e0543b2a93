"""Build one canonical incident record from its reports, keeping every report's own values.

- Counts (fatalities, injuries, arrested): low/high span every report; ``best`` is a weighted
  median in which later reports and counts given by officials weigh more (tolls get revised up
  and ACLED/GTD prefer official tallies).
- Attribution: every claim, suspicion, accusation or denial, with who made it and in which report.
- Date: the most precise date reported, the earliest one among equally precise dates.
- Place: the most precise location; ties go to the name most reports use.
- Human overrides (dotted paths) are applied last and listed under ``overrides``.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

from eventcoder.merge.records import (
    GEO_RANK,
    PRECISION_RANK,
    MergeEvent,
    sentence_around,
    settings,
)

# overrides_json keys starting with this are merge bookkeeping, not record fields.
RESERVED_PREFIX = "_"
_CLAIM_KINDS = {"claimed", "suspected", "accused", "confirmed", "denied"}


def is_official(ev: MergeEvent, field: str) -> bool:
    """True when the count in ``field`` is attributed to an official source in its sentence."""
    count = ev.record.get(field) or {}
    spans = [
        (e.get("start"), e.get("end")) for e in ev.record.get("evidence") or []
        if e.get("field") == field
    ]
    if count.get("start") is not None:
        spans.append((count.get("start"), count.get("end")))
    text = ev.article.get("text") or ""
    for src in ev.article.get("sources") or []:
        if src.get("type") != "official":
            continue
        for q in src.get("quotes") or []:
            for s, e in spans:
                if s is not None and q.get("start", 0) <= s and e <= q.get("end", -1):
                    return True
    cues = set(settings()["official_cues"])
    for s, e in spans:
        sentence = sentence_around(text, s, e).lower()
        if cues & set(re.findall(r"[a-z]+", sentence)):
            return True
    return False


def _is_revision(ev: MergeEvent, count: dict[str, Any]) -> bool:
    """True when the count is stated as an update of an earlier toll ("has risen to 19")."""
    text = (count.get("text") or "").lower()
    full = ev.article.get("text") or ""
    if count.get("start") is not None and full:
        text = sentence_around(full, count.get("start"), count.get("end")).lower() or text
    return any(cue in text for cue in settings()["revision_cues"])


def _weighted_median(values: list[tuple[int, float]]) -> int | None:
    if not values:
        return None
    values = sorted(values)
    total = sum(w for _, w in values)
    acc = 0.0
    for v, w in values:
        acc += w
        if acc >= total / 2:
            return v
    return values[-1][0]


def reconcile_count(reports: list[MergeEvent], field: str) -> dict[str, Any] | None:
    """Reconcile one count field across reports into low/best/high plus each report's figure."""
    rows: list[dict[str, Any]] = []
    for ev in reports:
        count = ev.record.get(field)
        if not isinstance(count, dict) or count.get("best") is None and count.get("low") is None:
            continue
        rows.append(
            {
                "event": ev.uid,
                "article_id": ev.article_id,
                "publisher": ev.article.get("publisher"),
                "published": ev.article.get("published"),
                "low": count.get("low"),
                "best": count.get("best"),
                "high": count.get("high"),
                "approximate": bool(count.get("approximate")),
                "text": count.get("text"),
                "official": is_official(ev, field),
                "revised": _is_revision(ev, count),
                "_pub": ev.published or 0,
            }
        )
    if not rows:
        return None
    pubs = sorted({r["_pub"] for r in rows})
    rank = {p: (k / (len(pubs) - 1) if len(pubs) > 1 else 0.0) for k, p in enumerate(pubs)}
    weighted = []
    for r in rows:
        figure = r["best"] if r["best"] is not None else r["low"]
        weight = (1.0 + rank[r["_pub"]]) * (2.0 if r["official"] else 1.0)
        if r["revised"]:
            weight *= 3.0  # "the toll has risen to 19" supersedes the earlier figures
        weighted.append((int(figure), weight))
    lows = [r["low"] if r["low"] is not None else r["best"] for r in rows]
    highs = [r["high"] if r["high"] is not None else r["best"] for r in rows]
    highs = [h for h in highs if h is not None]
    for r in rows:
        del r["_pub"]
    best = _weighted_median(weighted)
    low = min(v for v in lows if v is not None) if any(v is not None for v in lows) else None
    high = max(highs) if highs else None
    return {
        "low": low,
        "best": best,
        "high": high,
        "approximate": low != high or any(r["approximate"] for r in rows),
        "reports": rows,
    }


def _pick_date(reports: list[MergeEvent]) -> dict[str, Any]:
    dated = [e for e in reports if e.start is not None]
    if not dated:
        first = reports[0].record.get("date") or {}
        return {**first, "source": reports[0].uid}
    best = min(dated, key=lambda e: (PRECISION_RANK.get(e.precision, 9), e.start, e.uid))
    return {**(best.record.get("date") or {}), "source": best.uid}


def _pick_location(reports: list[MergeEvent]) -> dict[str, Any]:
    names = Counter((e.record.get("location") or {}).get("name") for e in reports)
    best = min(
        reports,
        key=lambda e: (
            GEO_RANK.get(e.geo_precision, 9),
            e.lat is None,
            -names[(e.record.get("location") or {}).get("name")],
            e.uid,
        ),
    )
    return {**(best.record.get("location") or {}), "source": best.uid}


def _vote(reports: list[MergeEvent], key: str) -> str | None:
    tally: dict[str, list[float]] = {}
    for e in reports:
        value = e.record.get(key)
        if value:
            score = tally.setdefault(value, [0.0, 0.0])
            score[0] += 1
            score[1] += float(e.record.get("confidence") or 0)
    if not tally:
        return None
    return max(sorted(tally), key=lambda v: (tally[v][0], tally[v][1]))


def attributions(reports: list[MergeEvent]) -> list[dict[str, Any]]:
    """Every actor's part as each report tells it, with who said so and where."""
    out: list[dict[str, Any]] = []
    for ev in reports:
        text = ev.article.get("text") or ""
        for a in ev.record.get("actors") or []:
            if a.get("role") != "perpetrator" and a.get("attribution") not in _CLAIM_KINDS:
                continue
            start, end = a.get("start"), a.get("end")
            out.append(
                {
                    "actor": a.get("name"),
                    "acled_name": a.get("acled_name"),
                    "role": a.get("role"),
                    "attribution": a.get("attribution"),
                    "attributed_by": a.get("attributed_by"),
                    "event": ev.uid,
                    "article_id": ev.article_id,
                    "publisher": ev.article.get("publisher"),
                    "published": ev.article.get("published"),
                    "mention": a.get("mention"),
                    "start": start,
                    "end": end,
                    "sentence": sentence_around(text, start, end) or None,
                }
            )
    return out


def _union(reports: list[MergeEvent], key: str, ident) -> list[Any]:
    seen: dict[Any, Any] = {}
    for ev in reports:
        for item in ev.record.get(key) or []:
            seen.setdefault(ident(item), item)
    return list(seen.values())


def canonical_record(main: list[MergeEvent], followups: list[MergeEvent]) -> dict[str, Any]:
    """Merge the reports of one incident (and its follow-ups) into one canonical record."""
    main = sorted(main, key=lambda e: ((e.published or 0), e.uid))
    # the same record whichever way a run gathered the follow-ups (one process or Spark)
    followups = sorted(followups, key=lambda e: ((e.published or 0), e.uid))
    live = [e for e in main if not e.historical] or main
    event_type = _vote(live, "event_type")
    typed = [e for e in live if e.event_type == event_type] or live
    record: dict[str, Any] = {
        "event_type": event_type,
        "sub_event_type": _vote(typed, "sub_event_type"),
        "gtd_attack_type": _vote(typed, "gtd_attack_type"),
        "historical": all(e.historical for e in main),
        "date": _pick_date(live),
        "location": _pick_location(live),
        "count": max(int(e.record.get("count") or 1) for e in main),
        "weapons": sorted({w for e in main for w in e.record.get("weapons") or []}),
        "targets": _union(main, "targets", lambda t: (t.get("category"), (t.get("text") or "").lower())),
        "actors": _union(
            main, "actors", lambda a: ((a.get("name") or "").lower(), a.get("role"))
        ),
        "attributions": attributions(main + followups),
        "denials": [
            {**d, "event": e.uid, "article_id": e.article_id}
            for e in main
            for d in e.record.get("denials") or []
        ],
        "confidence": max(float(e.record.get("confidence") or 0) for e in main),
        "reports": [
            {
                "event": e.uid,
                "article_id": e.article_id,
                "title": e.article.get("title"),
                "publisher": e.article.get("publisher"),
                "published": e.article.get("published"),
                "historical": e.historical,
            }
            for e in main
        ],
        "followups": [
            {
                "event": e.uid,
                "article_id": e.article_id,
                "sub_event_type": e.sub_event_type,
                "event_type": e.event_type,
                "date": e.record.get("date"),
                "arrested": e.record.get("arrested"),
                "actors": e.record.get("actors") or [],
            }
            for e in sorted(followups, key=lambda e: e.uid)
        ],
        "n_reports": len({e.article_id for e in main + followups}),
    }
    for field in ("fatalities", "injuries", "arrested"):
        record[field] = reconcile_count(main, field)
    if record["arrested"] is None and followups:
        record["arrested"] = reconcile_count(followups, "arrested")
    for field, values in (
        ("fatalities", [e.fatalities for e in main if e.fatalities is not None]),
        ("event_type", [e.event_type for e in main if e.event_type]),
    ):
        if len(set(values)) > 1:
            record.setdefault("conflicts", []).append(field)
    return record


def set_path(record: dict[str, Any], path: str, value: Any) -> Any:
    """Set ``record[a][b]...`` for the dotted ``path`` (creating dicts); return the old value."""
    parts = path.split(".")
    node: Any = record
    for part in parts[:-1]:
        if isinstance(node, list):
            node = node[int(part)]
            continue
        if not isinstance(node.get(part), dict | list):
            node[part] = {}
        node = node[part]
    last = parts[-1]
    if isinstance(node, list):
        old = node[int(last)]
        node[int(last)] = value
        return old
    old = node.get(last)
    node[last] = value
    return old


def get_path(record: dict[str, Any], path: str) -> Any:
    """Return the value at a dotted ``path`` (None when absent)."""
    node: Any = record
    for part in path.split("."):
        if isinstance(node, list):
            try:
                node = node[int(part)]
            except (ValueError, IndexError):
                return None
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def apply_overrides(record: dict[str, Any], overrides: dict[str, Any] | None) -> dict[str, Any]:
    """Return a copy of ``record`` with human corrections applied on top."""
    out = copy.deepcopy(record)
    fields = {k: v for k, v in (overrides or {}).items() if not k.startswith(RESERVED_PREFIX)}
    for path, value in sorted(fields.items()):
        try:
            set_path(out, path, value)
        except (ValueError, IndexError, TypeError, AttributeError):
            continue  # a path that no longer fits the record: the audit log still has it
    out["overrides"] = fields
    return out
