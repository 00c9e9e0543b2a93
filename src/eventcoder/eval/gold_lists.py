"""Document-wide gold checks: not_events, and actors / relations / sources as minima."""

from __future__ import annotations

from typing import Any

from eventcoder.eval.gold_match import Aliases, Checks, contains, overlaps, sentence_around


def check_not_events(
    checks: Checks, gold: dict[str, Any], out: dict[str, Any], matched: set[int]
) -> None:
    """Fail each not_events sentence that an unmatched output event was found in."""
    text = out.get("article", {}).get("text") or ""
    for ne in gold.get("not_events", []):
        offenders = []
        for i, o in enumerate(out.get("events", [])):
            if i in matched:
                continue
            for ev in o.get("evidence", []):
                if ev.get("field") == "event" and contains(
                    sentence_around(text, ev["start"], ev["end"]), ne["text_contains"]
                ):
                    offenders.append(o.get("id"))
        checks.add(
            "not_events",
            ne["text_contains"],
            not offenders,
            "no event",
            offenders or None,
            ne.get("why"),
        )


def check_document_lists(
    checks: Checks, gold: dict[str, Any], out: dict[str, Any], aliases: Aliases
) -> None:
    """Check gold actors, relations and sources are found (extras are not penalised)."""
    names = [a.get("name") for a in out.get("actors", [])]
    for ga in gold.get("actors", []):
        found = [
            a
            for a in out.get("actors", [])
            if any(
                aliases.same(ga["name"], n)
                for n in [a.get("name"), a.get("acled_name"), *a.get("aliases", [])]
                if n
            )
        ]
        checks.add("actors", ga["name"], bool(found), ga["name"], None if found else names)
    for gr in gold.get("relations", []):
        ok = any(
            aliases.same(gr["source"], r.get("source"))
            and aliases.same(gr["target"], r.get("target"))
            and r.get("relation") == gr["relation"]
            and (
                not gr.get("evidence_contains")
                or contains((r.get("evidence") or {}).get("text"), gr["evidence_contains"])
            )
            for r in out.get("relations", [])
        )
        checks.add("relations", f"{gr['source']} {gr['relation']} {gr['target']}", ok)
    for gs in gold.get("sources", []):
        cands = [
            s
            for s in out.get("sources", [])
            if overlaps(gs["speaker"], s.get("speaker"))
            or aliases.same(gs["speaker"], s.get("speaker"))
        ]
        label = f"source {gs['speaker']}"
        if not checks.add("sources", label, bool(cands), gs["speaker"]):
            continue
        for part in ("named", "type"):
            if part in gs:
                checks.add(
                    "sources",
                    f"{label} {part}",
                    any(s.get(part) == gs[part] for s in cands),
                    gs[part],
                    [s.get(part) for s in cands],
                )
        for part in ("said_to", "title"):
            if gs.get(part):
                ok = any(overlaps(gs[part], s.get(part)) for s in cands)
                checks.add("sources", f"{label} {part}", ok, gs[part], [s.get(part) for s in cands])
        quotes = [q.get("text", "") for s in cands for q in s.get("quotes", [])]
        for phrase in gs.get("quotes_contain", []):
            checks.add(
                "sources", f"{label} quote {phrase!r}", any(contains(q, phrase) for q in quotes)
            )
        if gs.get("reported_speech_contains"):
            phrase = gs["reported_speech_contains"]
            checks.add(
                "sources", f"{label} reported {phrase!r}", any(contains(q, phrase) for q in quotes)
            )
