"""The checks of one matched event's fields against its gold key: a count, the location, the date
and the actors (split from :mod:`eventcoder.eval.gold_doc`, which matches the events and runs them).
"""

from __future__ import annotations

from typing import Any

from eventcoder.eval.gold_match import (
    Aliases,
    Checks,
    contains,
    norm_name,
    overlaps,
    sentence_around,
)
from eventcoder.geoparser.distance import haversine_km


def check_count(checks: Checks, section: str, key: str, g: Any, o: Any) -> None:
    """Check a count (best, low, high, approximate, text) against the gold's; no gold: none or 0."""
    if g is None:
        ok = o is None or (o.get("best") in (0, None))
        checks.add(section, key, ok, None, None if o is None else o.get("best"))
        return
    if o is None:
        checks.add(section, key, bool(g.get("optional")), g.get("best"), None)
        return
    for part in ("low", "best", "high", "approximate"):
        if part in g:
            checks.add(section, f"{key}.{part}", g[part] == o.get(part), g[part], o.get(part))
    if g.get("text"):
        checks.add(
            section, f"{key}.text", overlaps(g["text"], o.get("text")), g["text"], o.get("text")
        )


def check_location(checks: Checks, section: str, g: dict[str, Any], o: dict[str, Any]) -> None:
    """Check the location's names and codes, and its point within the gold's tolerance."""
    loc = o.get("location") or {}
    if g.get("optional") and not loc.get("name") and loc.get("lat") is None:
        checks.add(section, "location (optional, empty)", True)
        return
    for part in ("name", "admin1", "country", "country_code", "precision"):
        if part in g:
            ok = norm_name(g[part]) == norm_name(loc.get(part))
            checks.add(section, f"location.{part}", ok, g[part], loc.get(part))
    if g.get("lat") is not None:
        got = (
            None
            if loc.get("lat") is None
            else round(haversine_km(g["lat"], g["lon"], loc["lat"], loc["lon"]))
        )
        ok = got is not None and got <= g.get("tolerance_km", 50)
        checks.add(
            section,
            "location within tolerance",
            ok,
            f"<= {g.get('tolerance_km', 50)} km",
            None if got is None else f"{got} km",
        )


def check_date(checks: Checks, section: str, g: dict[str, Any], o: dict[str, Any]) -> None:
    """Check the date's start, end, precision, text and note against the gold's."""
    od = o.get("date") or {}
    for part in ("start", "end", "precision"):
        if part in g:
            checks.add(section, f"date.{part}", g[part] == od.get(part), g[part], od.get(part))
    if g.get("text"):
        checks.add(
            section, "date.text", overlaps(g["text"], od.get("text")), g["text"], od.get("text")
        )
    if g.get("note"):
        note = od.get("note") or (o.get("notes") or {}).get("date")
        checks.add(section, "date.note given", bool(note), g["note"], note)


def check_actors(
    checks: Checks,
    section: str,
    gold_actors: list[dict[str, Any]],
    o: dict[str, Any],
    aliases: Aliases,
    text: str,
) -> None:
    """Check each gold actor is found (by alias and role) with its attribution, source, title and evidence."""
    evidence = [e.get("text", "") for e in o.get("evidence", []) if e.get("field") == "actors"]
    for ga in gold_actors:
        cands = [
            a
            for a in o.get("actors", [])
            if aliases.same(ga["name"], a.get("name"))
            or aliases.same(ga["name"], a.get("acled_name"))
        ]
        if "role" in ga:
            cands = [a for a in cands if a.get("role") == ga["role"]]
        label = f"actor {ga['name']} ({ga.get('role', 'any role')})"
        if not checks.add(
            section, label, bool(cands), ga["name"], [a.get("name") for a in o.get("actors", [])]
        ):
            continue
        if "attribution" in ga:
            ok = any(a.get("attribution") == ga["attribution"] for a in cands)
            checks.add(
                section,
                f"{label} attribution",
                ok,
                ga["attribution"],
                [a.get("attribution") for a in cands],
            )
        if "attributed_by" in ga:
            ok = any(
                aliases.same(ga["attributed_by"], a.get("attributed_by"))
                or overlaps(ga["attributed_by"], a.get("attributed_by"))
                for a in cands
            )
            checks.add(
                section,
                f"{label} attributed_by",
                ok,
                ga["attributed_by"],
                [a.get("attributed_by") for a in cands],
            )
        if ga.get("title"):
            ok = any(overlaps(ga["title"], a.get("title")) for a in cands)
            checks.add(section, f"{label} title", ok, ga["title"], [a.get("title") for a in cands])
        if ga.get("evidence_contains"):
            spans = evidence + [
                sentence_around(text, a["start"], a["end"])
                for a in cands
                if a.get("start") is not None and a.get("end") is not None
            ]
            ok = any(contains(s, ga["evidence_contains"]) for s in spans)
            checks.add(section, f"{label} evidence", ok, ga["evidence_contains"])
