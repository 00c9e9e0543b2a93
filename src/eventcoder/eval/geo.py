"""Score the geoparser on a gold corpus (format of shared/eval/geo/README.md).

Measures: toponym recall and precision (a found span counts when it overlaps a gold span; gold
toponyms without coordinates are left out, and so are found spans overlapping only those),
accuracy@161 km end to end (a missed toponym counts as wrong) and on the toponyms found, exact
GeoNames id, and median/mean error in km on the toponyms found.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventcoder.geoparser.distance import haversine_km

ACC_KM = 161.0


def read_gold(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the corpus' articles, one JSON object a line."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def geoparse_texts(texts: Iterable[str], batch_size: int = 16) -> Iterator[list[dict[str, Any]]]:
    """Run spaCy and the geoparser (nothing else) over texts; yield toponym dicts per text."""
    from eventcoder.geoparser.resolve import geoparse_doc
    from eventcoder.nlp.model import load_nlp
    from eventcoder.resolve.event_location.records import toponyms_from_resolved

    nlp = load_nlp()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield [t.to_dict() for t in toponyms_from_resolved(geoparse_doc(doc))]


def score(gold_docs: list[dict[str, Any]], predicted: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """Compare predicted toponyms with the gold ones; return the figures as a dict."""
    n_gold = n_pred = n_pred_ok = 0
    errors: list[float] = []
    exact = 0
    for gold, pred in zip(gold_docs, predicted, strict=True):
        golds = gold.get("toponyms") or []
        with_coords = [g for g in golds if g.get("lat") is not None and g.get("lon") is not None]
        without = [g for g in golds if g.get("lat") is None or g.get("lon") is None]
        n_gold += len(with_coords)
        for p in pred:
            if any(_overlap(p, g) for g in with_coords):
                n_pred += 1
                n_pred_ok += 1
            elif not any(_overlap(p, g) for g in without):
                n_pred += 1
        for g in with_coords:
            match = next((p for p in pred if _overlap(p, g)), None)
            if match is None:
                continue
            if match.get("lat") is None:
                errors.append(20000.0)
                continue
            errors.append(haversine_km(g["lat"], g["lon"], match["lat"], match["lon"]))
            if g.get("geonameid") is not None and match.get("geonameid") == int(g["geonameid"]):
                exact += 1
    found = len(errors)
    within = sum(1 for e in errors if e <= ACC_KM)
    return {
        "articles": len(gold_docs),
        "gold_toponyms": n_gold,
        "found": found,
        "recall": _ratio(found, n_gold),
        "precision": _ratio(n_pred_ok, n_pred),
        "acc161_end_to_end": _ratio(within, n_gold),
        "acc161_found": _ratio(within, found),
        "exact_geonameid_found": _ratio(exact, found),
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
    }


def evaluate_geo(path: Path) -> dict[str, Any]:
    """Geoparse every article of a gold corpus and score it."""
    gold_docs = list(read_gold(path))
    predicted = list(geoparse_texts(d["text"] for d in gold_docs))
    return score(gold_docs, predicted)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None
