"""Score the pipeline on ACLED-style gold lines (format: shared/eval/README.md).

Each line gives ``id``, ``text``, ``published``, ``source`` and a ``gold`` record. Only the first
four reach the pipeline; the primary event of each output (its most confident non-historical
event, the first on ties) is compared field by field with the gold.

Example:
    >>> result = evaluate(Path("acled_dev.jsonl"), limit=200)
    >>> print(format_report(result))
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventcoder.document import Article, Document, Event
from eventcoder.errors import InputError
from eventcoder.eval.actor_misses import CAUSES, UNATTAINABLE, miss_cause
from eventcoder.eval.admin_names import same_admin1_unit
from eventcoder.eval.ceilings import gazetteer_holds, gold_day_written
from eventcoder.eval.jsonl import json_lines
from eventcoder.eval.metrics import (
    norm_actor,
    same_admin1,
    same_country,
    states_day,
)
from eventcoder.geoparser.distance import haversine_km

log = logging.getLogger(__name__)

NONE_TYPE = "(none)"


def load_gold(path: Path, limit: int | None = None) -> tuple[list[dict[str, Any]], int]:
    """Read gold lines, drop those whose text another line shares; return (lines, n_dropped)."""
    lines: list[dict[str, Any]] = []
    for n, line in json_lines(path, "Gold file"):
        if not isinstance(line, dict) or "text" not in line or "gold" not in line:
            raise InputError(f"{path}:{n} has no 'text' and 'gold': is it a gold file?")
        lines.append(line)
    shared = Counter(line["text"] for line in lines)
    kept = [line for line in lines if shared[line["text"]] == 1]
    dropped = len(lines) - len(kept)
    if limit is not None:
        kept = kept[:limit]
    return kept, dropped


def primary_event(document: Document) -> Event | None:
    """The most confident non-historical event (the first on ties), or None."""
    best: Event | None = None
    for event in document.events:
        if event.historical:
            continue
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def gold_articles(lines: Iterable[dict[str, Any]], drop_source: bool = False) -> Iterator[Article]:
    """The articles of gold lines as the pipeline sees them (``source`` dropped on request)."""
    for line in lines:
        yield Article(
            id=str(line.get("id") or ""),
            text=line["text"],
            published=line.get("published"),
            source=None if drop_source else line.get("source"),
        )


def _gold_type_label(types: list[str]) -> str:
    return "/".join(types) if types else NONE_TYPE


def score_line(line: dict[str, Any], document: Document) -> dict[str, Any]:
    """Compare one line's primary event with its gold; None marks a field not scored here."""
    gold = line["gold"]
    event = primary_event(document)
    out: dict[str, Any] = {
        "id": line.get("id"),
        "text": line["text"],
        "gold_type": _gold_type_label(gold.get("event_type") or []),
        "pred_type": event.event_type if event and event.event_type else NONE_TYPE,
        "status": document.article.status,
        "detected": event is not None,
    }
    out["type_ok"] = bool(event and event.event_type in (gold.get("event_type") or []))
    gold_sub = gold.get("sub_event_type")
    out["sub_type_ok"] = bool(event and event.sub_event_type == gold_sub) if gold_sub else None

    # Dates: exact day where the text states it; elsewhere no invented day-precision date.
    pred_day = event.date.start if event and event.date.precision == "day" else None
    out["pred_date"] = pred_day
    out["gold_date"] = gold.get("date")
    if gold.get("date_precision") == "day" and states_day(line["text"]):
        out["date_ok"] = pred_day == gold.get("date")
        out["no_invented_ok"] = None
        written = gold_day_written(line["text"], gold.get("date"), line.get("published"))
        out["date_written_ok"] = out["date_ok"] if written else None
    else:
        out["date_ok"] = out["date_written_ok"] = None
        out["no_invented_ok"] = pred_day is None or pred_day == gold.get("date")

    gold_fat = int(gold.get("fatalities") or 0)
    pred_fat = 0
    if event and event.fatalities is not None and event.fatalities.best is not None:
        pred_fat = int(event.fatalities.best)
    out["gold_fatalities"], out["pred_fatalities"] = gold_fat, pred_fat
    out["fatalities_ok"] = pred_fat == gold_fat
    out["deaths_ok"] = pred_fat == gold_fat if gold_fat >= 1 else None

    loc = event.location if event else None
    out["country_ok"] = bool(
        loc and same_country(gold.get("country"), loc.country, loc.country_code)
    )
    out["admin1_ok"] = bool(loc and same_admin1(gold.get("admin1"), loc.admin1))
    out["admin1_unit_ok"] = out["admin1_ok"] or bool(loc and same_admin1_unit(
        gold.get("country"), gold.get("admin1"), loc.admin1, loc.country_code))
    out["location_ok"] = None
    if gold.get("geo_precision") == "city" and gold.get("lat") is not None:
        ok = bool(loc and loc.lat is not None and loc.lon is not None)
        if ok:
            ok = haversine_km(gold["lat"], gold["lon"], loc.lat, loc.lon) <= 50.0
        out["location_ok"] = ok
    out["location_known_ok"] = out["location_ok"] if out["location_ok"] is not None \
        and gazetteer_holds(gold) else None
    out["pred_location"] = (loc.name if loc else None) or None

    names: set[str] = set()
    for actor in event.actors if event else []:
        names.update(norm_actor(n) for n in (actor.name, actor.acled_name) if n)
    gold_actors = [a for a in gold.get("actors") or [] if a]
    out["actors_total"] = len(gold_actors)
    out["actors_matched"] = sum(1 for a in gold_actors if norm_actor(a) in names)
    out["actor_misses"] = [
        miss_cause(a, gold, line["text"], event is not None, loc.country if loc else None,
                   loc.country_code if loc else None)
        for a in gold_actors if norm_actor(a) not in names]
    return out


def _rate(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    scored = [r[key] for r in rows if r[key] is not None]
    n = len(scored)
    return {"n": n, "correct": sum(scored), "rate": round(sum(scored) / n, 4) if n else None}


def _miss_weight(row: dict[str, Any]) -> int:
    weights = {"type_ok": 3, "date_ok": 1, "no_invented_ok": 1, "fatalities_ok": 2}
    score = 6 if not row["detected"] else 0
    for key, w in weights.items():
        if row.get(key) is False:
            score += w
    return score


def aggregate(rows: list[dict[str, Any]], dropped: int) -> dict[str, Any]:
    """Turn per-line scores into the figures table (rates, confusion matrix, worst misses)."""
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        confusion[r["gold_type"]][r["pred_type"]] += 1
    actors_total = sum(r["actors_total"] for r in rows)
    actors_matched = sum(r["actors_matched"] for r in rows)
    worst = sorted(rows, key=_miss_weight, reverse=True)[:20]
    causes = Counter(c for r in rows for c in r.get("actor_misses") or [])
    unattainable = sum(n for c, n in causes.items() if c in UNATTAINABLE)
    attainable = actors_total - unattainable
    return {
        "lines": len(rows),
        "dropped_shared_text": dropped,
        "errors": sum(1 for r in rows if r["status"] == "error"),
        "detection": _rate(rows, "detected"),
        "event_type": _rate(rows, "type_ok"),
        "sub_event_type": _rate(rows, "sub_type_ok"),
        "date_day": _rate(rows, "date_ok"),
        "date_day_written": _rate(rows, "date_written_ok"),
        "no_invented_day": _rate(rows, "no_invented_ok"),
        "fatalities": _rate(rows, "fatalities_ok"),
        "fatalities_deaths": _rate(rows, "deaths_ok"),
        "country": _rate(rows, "country_ok"),
        "admin1": _rate(rows, "admin1_ok"),
        "admin1_unit": _rate(rows, "admin1_unit_ok"),
        "location_50km": _rate(rows, "location_ok"),
        "location_50km_known": _rate(rows, "location_known_ok"),
        "actors": {
            "n": actors_total,
            "correct": actors_matched,
            "rate": round(actors_matched / actors_total, 4) if actors_total else None,
        },
        "actors_attainable": {
            "n": attainable,
            "correct": actors_matched,
            "rate": round(actors_matched / attainable, 4) if attainable else None,
        },
        "actor_misses": {c: causes.get(c, 0) for c in CAUSES},
        "confusion": {g: dict(p) for g, p in sorted(confusion.items())},
        "worst": [
            {
                k: r[k]
                for k in (
                    "id",
                    "gold_type",
                    "pred_type",
                    "gold_date",
                    "pred_date",
                    "gold_fatalities",
                    "pred_fatalities",
                    "text",
                )
            }
            for r in worst
            if _miss_weight(r) > 0
        ],
    }


def evaluate(
    gold_path: Path,
    limit: int | None = None,
    progress: bool = True,
    n_process: int = 1,
    drop_source: bool = False,
) -> dict[str, Any]:
    """Run the default pipeline on the gold file's articles and return the figures.

    ``drop_source`` removes each line's ``source`` (publisher) so that the text alone decides.
    """
    from eventcoder.pipeline import default_pipeline

    lines, dropped = load_gold(gold_path, limit)
    documents = default_pipeline().pipe(gold_articles(lines, drop_source), n_process=n_process)
    if progress:
        from tqdm import tqdm

        documents = tqdm(documents, total=len(lines), desc="eval", unit="line")
    rows = [score_line(line, doc) for line, doc in zip(lines, documents, strict=True)]
    result = aggregate(rows, dropped)
    result["gold"] = str(gold_path)
    result["source"] = "removed" if drop_source else "kept"
    return result


_TABLE = (
    ("detection", "Detection (primary event found)"),
    ("event_type", "Event type"),
    ("sub_event_type", "Sub-event type (gold has one)"),
    ("date_day", "Date exact day (text states the day)"),
    ("date_day_written", "  of those, the text gives the gold day"),
    ("no_invented_day", "No invented day-precision date (others)"),
    ("fatalities", "Fatalities exact (null = 0)"),
    ("fatalities_deaths", "Fatalities exact, lines with deaths"),
    ("country", "Country"),
    ("admin1", "Admin1"),
    ("admin1_unit", "  same unit under another name (gazetteer)"),
    ("location_50km", "Location within 50 km (city lines)"),
    ("location_50km_known", "  of those, the gazetteer holds the place"),
    ("actors", "Actor match rate (gold actors)"),
    ("actors_attainable", "  of those, labels the text can give"),
)


def _short(label: str) -> str:
    return {
        "Violence against civilians": "VAC",
        "Explosions/Remote violence": "Expl",
        "Strategic developments": "StratDev",
        "Protests/Riots": "Prot/Riot",
        NONE_TYPE: "none",
    }.get(label, label[:9])


def format_report(result: dict[str, Any]) -> str:
    """Render the figures as a plain-text table, confusion matrix and list of worst misses."""
    out = [
        f"Gold: {result.get('gold', '?')}  lines scored: {result['lines']}  "
        f"(dropped {result['dropped_shared_text']} with shared text; "
        f"{result['errors']} pipeline errors)",
        "",
        f"{'metric':<44}{'n':>6}{'correct':>9}{'rate':>8}",
        "-" * 67,
    ]
    for key, label in _TABLE:
        fig = result[key]
        rate = "-" if fig["rate"] is None else f"{fig['rate']:.3f}"
        out.append(f"{label:<44}{fig['n']:>6}{fig['correct']:>9}{rate:>8}")
    out += ["", "Confusion matrix (rows gold, columns predicted):"]
    preds = sorted({p for row in result["confusion"].values() for p in row})
    out.append(f"{'':<12}" + "".join(f"{_short(p):>11}" for p in preds))
    for gold_label, row in result["confusion"].items():
        cells = "".join(f"{row.get(p, 0):>11}" for p in preds)
        out.append(f"{_short(gold_label):<12}{cells}")
    misses = result.get("actor_misses") or {}
    out += ["", f"Actor misses by cause ({sum(misses.values())}; * = no rule on the text can fix):"]
    out += [f"  {cause + (' *' if cause in UNATTAINABLE else ''):<46}{n:>6}"
            for cause, n in misses.items()]
    out += ["", f"Worst misses ({len(result['worst'])}):"]
    for w in result["worst"]:
        text = " ".join(w["text"].split())
        out.append(
            f"- {w['id']}: gold {w['gold_type']} / got {w['pred_type']}; "
            f"date {w['gold_date']} / {w['pred_date']}; "
            f"deaths {w['gold_fatalities']} / {w['pred_fatalities']}"
        )
        out.append(f"    {text[:300]}{'…' if len(text) > 300 else ''}")
    return "\n".join(out)
