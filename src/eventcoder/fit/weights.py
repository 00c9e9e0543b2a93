"""Fit the event-place scorer's weights on training gold lines by logistic regression.

For each training line the pipeline runs as usual; every toponym in the primary event's sentences
that the scorer does not exclude is one example, its features those of ``place_features`` and its
label whether the place lies within ``NEAR_KM`` of the gold point. A held-back tenth measures how
often the top-scored place is right under the hand-set and the fitted weights. The ``generic``
block cannot be fitted this way (every training line is an event: no negatives) and the violence
typing is a rule cascade; both are left as they are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml

from eventcoder.fit.publishers import read_lines

NEAR_KM = 50.0
HELD_BACK = 0.1
FEATURES = ("background_clause", "country_possessive", "locative", "governed_by_anchor",
            "governed_by_side_mention", "closeness", "kind_rank", "plain_mention")
T = TypeVar("T")


def held_back_split(items: list[T]) -> tuple[list[T], list[T]]:
    """The items shuffled with a fixed seed (so a refit compares like with like) and cut into
    the share fitted on and the held-back ``HELD_BACK``; the list is shuffled in place."""
    random.Random(13).shuffle(items)
    cut = int(len(items) * (1 - HELD_BACK))
    return items[:cut], items[cut:]


@dataclass
class EventExamples:
    """The candidate places of one training line's primary event."""

    line_id: str
    rows: list[dict[str, float]]
    labels: list[int]


def collect(lines: list[dict]) -> list[EventExamples]:
    """Run the pipeline on the lines and gather each primary event's candidate places."""
    from eventcoder.eval.acled import gold_articles, primary_event
    from eventcoder.eval.metrics import haversine_km
    from eventcoder.pipeline import default_pipeline
    from eventcoder.resolve.event_location.event_place import candidate_places, place_features
    from eventcoder.resolve.event_location.geocode import resolve_places

    out: list[EventExamples] = []
    docs = default_pipeline().pipe(gold_articles(lines))
    for line, document in zip(lines, docs, strict=True):
        gold = line.get("gold") or {}
        event = primary_event(document)
        if event is None or gold.get("lat") is None or document.spacy_doc is None:
            continue
        places, _ = candidate_places(document, resolve_places(document))
        ex = EventExamples(str(line.get("id")), [], [])
        for r in places:
            if r.mention.sent not in set(event._sentences):
                continue
            found = place_features(document, event, r)
            if found is None:
                continue
            ex.rows.append(found[0])
            ex.labels.append(int(haversine_km(r.place.lat, r.place.lon, gold["lat"],
                                              gold["lon"]) <= NEAR_KM))
        if ex.rows:
            out.append(ex)
    return out


def top1_rate(events: list[EventExamples], w: dict[str, float]) -> float:
    """Share of events with a right place among candidates whose top-scored place is right."""
    scored = [e for e in events if any(e.labels)]
    hits = 0
    for e in scored:
        scores = [sum(w.get(k, 0.0) * v for k, v in row.items()) for row in e.rows]
        hits += e.labels[max(range(len(scores)), key=scores.__getitem__)]
    return hits / len(scored) if scored else 0.0


def fit(events: list[EventExamples]) -> dict[str, float]:
    """Logistic-regression weights (with intercept) over all candidate places."""
    from sklearn.linear_model import LogisticRegression

    x = [[row[k] for k in FEATURES] for e in events for row in e.rows]
    y = [lab for e in events for lab in e.labels]
    model = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    w = {k: round(float(c), 3) for k, c in zip(FEATURES, model.coef_[0], strict=True)}
    return {"intercept": round(float(model.intercept_[0]), 3), **w}


def fit_and_write(paths: list[Path], out: Path, limit: int | None = None) -> str:
    """Fit on 90% of the lines, compare with the hand-set weights on the rest, write the table."""
    from eventcoder.weights import weights

    lines = read_lines(paths)[:limit]
    events = collect(lines)
    train, held = held_back_split(events)
    hand = weights("event_place")
    fitted = fit(train)
    n_cand = sum(len(e.rows) for e in train)
    report = (f"{len(lines)} lines, {len(events)} primary events with candidate places "
              f"({n_cand} candidates in the 90% fitted on)\n"
              f"held-back {len(held)} events, top-scored place within {NEAR_KM:g} km: "
              f"hand-set {top1_rate(held, hand):.3f}, fitted {top1_rate(held, fitted):.3f}")
    write_event_place_block(out, fitted, report, ", ".join(p.name for p in paths), len(lines))
    return report + f"\nfitted weights written to {out}"


def write_event_place_block(out: Path, fitted: dict[str, float], report: str, names: str, n: int) -> None:
    """Replace the event_place block of the weights table, keeping the other blocks and comments."""
    text = out.read_text(encoding="utf-8")
    start = text.index("event_place:\n")
    end = text.index("\n\n", start)
    comment = "".join(f"# {line}\n" for line in report.splitlines())
    body = yaml.safe_dump({"event_place": fitted}, sort_keys=False).rstrip("\n")
    block = (f"# FITTED by `eventcoder fit weights` on {names} (first {n} lines): logistic "
             f"regression,\n# label = candidate within {NEAR_KM:g} km of the gold point.\n"
             f"{comment}{body}")
    head = text[:start]
    # drop a previous FITTED comment right above the block
    if "# FITTED by" in head.rsplit("\n\n", 1)[-1]:
        head = head[: head.rindex("# FITTED by")]
    out.write_text(head + block + text[end:], encoding="utf-8")
