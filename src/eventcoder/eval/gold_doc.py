"""Score one article's output document against a hand-written gold document.

``score_gold_document(gold_path, input_path)`` runs the pipeline on the article file and checks
the output against the gold (``shared/fixtures/seed/README.md`` explains the format): article
metadata and text rules, events matched to gold keys by place and figures (not order), their
fields, ``not_events``, the event count, and actors / relations / sources as minima. Every check
is reported pass/fail; ``format_gold_report`` prints them with totals.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventcoder.eval.gold_fields import check_actors, check_count, check_date, check_location
from eventcoder.eval.gold_lists import check_document_lists, check_not_events
from eventcoder.eval.gold_match import (
    Aliases,
    Checks,
    allowed,
    contains,
    norm,
    norm_name,
    overlaps,
    pick,
    sentence_around,
)
from eventcoder.geoparser.distance import haversine_km

COUNT_FIELDS = ("fatalities", "injuries", "arrested", "perpetrators_killed")


def run_pipeline(input_path: Path) -> dict[str, Any]:
    """The output document (as JSON data) for the first article of ``input_path``."""
    from eventcoder.ingest import read_paths
    from eventcoder.pipeline import default_pipeline

    articles = list(read_paths([input_path]))
    if not articles:
        raise ValueError(f"No article could be read from {input_path}.")
    return default_pipeline()(articles[0]).to_dict()


def _check_article(checks: Checks, gold: dict[str, Any], out: dict[str, Any], variant: str) -> None:
    article = out.get("article", {})
    text = article.get("text") or ""
    for key in ("title", "publisher", "byline", "wire_agency", "published"):
        if key not in gold:
            continue
        raw = gold[key]
        expected = pick(raw, variant)
        got = article.get(key)
        optional = (
            isinstance(raw, dict)
            and "optional" in norm(raw.get("note"))
            and (variant == "txt" and "txt" in norm(raw.get("note")))
        )
        if key == "published" and isinstance(got, str):
            got = got[:10]
        if expected is None:
            ok = got is None
        else:
            ok = got is not None and (norm(expected) == norm(got) or overlaps(expected, got))
        if not ok and optional and got is None:
            ok = True
        checks.add("article", key, ok, expected, got)
    for phrase in gold.get("must_not_contain", []):
        checks.add("article", f"text must not contain {phrase!r}", not contains(text, phrase))
    for phrase in gold.get("body_must_contain", []):
        checks.add("article", f"text contains {phrase!r}", contains(text, phrase))


def _location_score(g: dict[str, Any], o: dict[str, Any]) -> float:
    loc = o.get("location") or {}
    gl = g.get("location") or {}
    score = 0.0
    if gl.get("lat") is not None and loc.get("lat") is not None:
        if haversine_km(gl["lat"], gl["lon"], loc["lat"], loc["lon"]) <= gl.get("tolerance_km", 50):
            score += 2
    elif gl.get("name") and norm_name(gl["name"]) == norm_name(loc.get("name")):
        score += 2
    return score


def _match_score(g: dict[str, Any], o: dict[str, Any], variant: str) -> float:
    score = _location_score(g, o)
    for key in COUNT_FIELDS:
        gc, oc = g.get(key), o.get(key)
        if isinstance(gc, dict) and isinstance(oc, dict) and gc.get("best") == oc.get("best"):
            score += 2
    if g.get("historical") is not None and g.get("historical") == o.get("historical"):
        score += 1
    if g.get("event_type") and allowed(g["event_type"], o.get("event_type")):
        score += 1.5
    if g.get("sub_event_type") and allowed(g["sub_event_type"], o.get("sub_event_type")):
        score += 1
    gd = pick(g.get("date") or {}, variant) or {}
    od = o.get("date") or {}
    if gd.get("text") and overlaps(gd["text"], od.get("text")):
        score += 1.5
    if gd.get("start") and gd.get("start") == od.get("start"):
        score += 1
    return score


def match_events(
    gold_events: list[dict[str, Any]], events: list[dict[str, Any]], variant: str
) -> dict[str, int]:
    """Gold key → index of the output event it matches (greedy on the best scores)."""
    pairs = sorted(
        (
            (_match_score(g, o, variant), gi, oi)
            for gi, g in enumerate(gold_events)
            for oi, o in enumerate(events)
        ),
        reverse=True,
    )
    matched: dict[str, int] = {}
    used_g: set[int] = set()
    used_o: set[int] = set()
    for score, gi, oi in pairs:
        if score < 2.5 or gi in used_g or oi in used_o:
            continue
        matched[gold_events[gi]["key"]] = oi
        used_g.add(gi)
        used_o.add(oi)
    return matched


def _check_event(
    checks: Checks,
    g: dict[str, Any],
    o: dict[str, Any],
    variant: str,
    aliases: Aliases,
    key_to_id: dict[str, str],
    text: str,
) -> None:
    section = f"event {g['key']}"
    for key in ("historical", "event_type", "sub_event_type", "gtd_attack_type"):
        if key in g:
            checks.add(section, key, allowed(g[key], o.get(key)), g[key], o.get(key))
    if "count" in g:
        checks.add(section, "count", g["count"] == o.get("count", 1), g["count"], o.get("count"))
    if g.get("weapons"):
        ok = all(w in (o.get("weapons") or []) for w in g["weapons"])
        checks.add(section, "weapons", ok, g["weapons"], o.get("weapons"))
    if g.get("location"):
        check_location(checks, section, g["location"], o)
    if g.get("date"):
        check_date(checks, section, pick(g["date"], variant) or {}, o)
    for key in COUNT_FIELDS:
        if key in g:
            check_count(checks, section, key, g[key], o.get(key))
    if "related_to" in g:
        expected = key_to_id.get(g["related_to"])
        checks.add(
            section,
            "related_to",
            expected is not None and o.get("related_to") == expected,
            g["related_to"],
            o.get("related_to"),
        )
    for gt in g.get("targets", []):
        ok = any(
            contains(t.get("text"), gt["text_contains"])
            and allowed(gt["category"], t.get("category"))
            for t in o.get("targets", [])
        )
        checks.add(
            section,
            f"target {gt['text_contains']!r}",
            ok,
            gt.get("category"),
            [(t.get("text"), t.get("category")) for t in o.get("targets", [])],
        )
    check_actors(checks, section, g.get("actors", []), o, aliases, text)
    for gd in g.get("denials", []):
        ok = any(
            contains(
                (d.get("evidence") or {}).get("text", "") or d.get("what", ""),
                gd["evidence_contains"],
            )
            or contains(
                sentence_around(
                    text,
                    (d.get("evidence") or {}).get("start") or 0,
                    (d.get("evidence") or {}).get("end") or 0,
                ),
                gd["evidence_contains"],
            )
            for d in o.get("denials", [])
        )
        checks.add(
            section,
            f"denial {gd['evidence_contains']!r}",
            ok,
            gd.get("by"),
            [d.get("by") for d in o.get("denials", [])],
        )


def score_document(gold: dict[str, Any], out: dict[str, Any], variant: str) -> dict[str, Any]:
    """Score an output document (JSON data) against gold data for one input variant."""
    checks = Checks()
    aliases = Aliases(gold.get("actors", []), out.get("actors", []))
    _check_article(checks, gold.get("article", {}), out, variant)
    events = out.get("events", [])
    gold_events = gold.get("events", [])
    matched = match_events(gold_events, events, variant)
    key_to_id = {k: events[i].get("id") for k, i in matched.items()}
    text = out.get("article", {}).get("text") or ""
    for g in gold_events:
        if checks.add(
            f"event {g['key']}",
            "matched to an output event",
            g["key"] in matched,
            g["key"],
            key_to_id.get(g["key"]),
        ):
            _check_event(checks, g, events[matched[g["key"]]], variant, aliases, key_to_id, text)
    check_not_events(checks, gold, out, set(matched.values()))
    ec = gold.get("event_count") or {}
    if ec:
        n = len(events)
        ok = ec.get("min", 0) <= n <= ec.get("max", n)
        checks.add("events", "event_count", ok, f"{ec.get('min')}..{ec.get('max')}", n)
    check_document_lists(checks, gold, out, aliases)
    items = [c.as_dict() for c in checks.items]
    sections: dict[str, dict[str, int]] = {}
    for c in items:
        s = sections.setdefault(c["section"], {"passed": 0, "total": 0})
        s["total"] += 1
        s["passed"] += int(c["passed"])
    passed = sum(int(c["passed"]) for c in items)
    return {
        "variant": variant,
        "checks": items,
        "sections": sections,
        "passed": passed,
        "failed": len(items) - passed,
        "total": len(items),
        "score": round(passed / len(items), 4) if items else 0.0,
        "matched": key_to_id,
    }


def score_gold_document(gold_path: Path, input_path: Path) -> dict[str, Any]:
    """Run the pipeline on ``input_path`` and score it against the gold document."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    variant = "html" if Path(input_path).suffix.lower() in (".html", ".htm") else "txt"
    result = score_document(gold, run_pipeline(Path(input_path)), variant)
    result["gold"] = str(gold_path)
    result["input"] = str(input_path)
    return result


def _short(value: Any, limit: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_gold_report(result: dict[str, Any]) -> str:
    """A readable pass/fail listing with totals per section and overall."""
    lines = [
        f"Gold document {result.get('gold', '')} on {result.get('input', '')} ({result['variant']})"
    ]
    for c in result["checks"]:
        mark = "PASS" if c["passed"] else "FAIL"
        line = f"  {mark}  {c['section']}: {c['name']}"
        if not c["passed"] and (c["expected"] is not None or c["got"] is not None):
            line += f"  (expected {_short(c['expected'])}, got {_short(c['got'])})"
        lines.append(line)
    lines.append("")
    for name, s in result["sections"].items():
        lines.append(f"  {name:<32} {s['passed']:>3}/{s['total']:<3}")
    lines.append(
        f"  {'TOTAL':<32} {result['passed']:>3}/{result['total']:<3} ({result['score']:.0%})"
    )
    return "\n".join(lines)
