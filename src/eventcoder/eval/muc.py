"""Score the pipeline on MUC-4 reports with answer keys (format: shared/eval/README.md, MUC-4).

Each line gives ``id``, ``text``, ``published`` and ``gold.templates``; only the first three reach
the pipeline. Per report, the scored events are its non-historical events of a violent type
(:func:`scored_events`), and the report's templates are compared with them:

- relevance: a report with a non-optional template should give a scored event, one without
  templates should not (precision, recall, F1 over reports);
- perpetrator recall: a non-optional template naming a perpetrator organisation is found when a
  scored event has an actor with role ``perpetrator`` whose name matches one of the template's
  names (:func:`names_match`);
- attribution: of the found, the matched actor's attribution fits the template's confidence;
- incident type and country: on non-optional templates of reports that gave a scored event, some
  scored event has the template's type (:data:`TYPE_MATCH`) or country.

Army–guerrilla battles are not MUC incidents: an ACLED "Armed clash" (or a territory change) is
therefore not a scored event unless the record also gives it a GTD attack type, which the events
stage gives a battle only when one side strikes a target ("guerrillas attacked the air force
headquarters"; ``extract/events/onesided.py``); ``relevance_with_clashes`` gives the figure when
every battle would count. ``relevance`` follows the eval README (any scored event makes a report
relevant); ``relevance_by_target`` is a diagnostic that also judges by what was hit
(``eval/muc_scope.py``): combat against armed forces is left out, an armed clash that hit
non-combatants is counted.

Example:
    >>> result = evaluate_muc(Path("muc4_dev.jsonl"), limit=100)
    >>> print(format_muc_report(result))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from eventcoder.document import Article, Document, Event, EventActor
from eventcoder.errors import InputError
from eventcoder.eval.jsonl import json_lines
from eventcoder.eval.metrics import norm_name, same_country
from eventcoder.eval.muc_scope import hits_non_combatants, terrorist_incident

# ACLED's political-violence types; GTD attack types cover what ACLED files elsewhere (arson is
# ACLED "Looting/property destruction", a strategic development, but GTD's facility attack).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
GTD_ATTACKS = frozenset({
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
    "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack", "Unarmed Assault",
})
# Battles between organised armed sides are not terrorist incidents in MUC-4.
CLASH_SUB_TYPES = frozenset({
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
})

# Template confidence → the attributions that render it (README: "attribution").
ATTRIBUTION_FITS: dict[str, frozenset[str]] = {
    "CLAIMED OR ADMITTED": frozenset({"claimed"}),
    "REPORTED AS FACT": frozenset({"stated", "confirmed"}),
    "SUSPECTED OR ACCUSED": frozenset({"suspected", "accused"}),
    "SUSPECTED OR ACCUSED BY AUTHORITIES": frozenset({"suspected", "accused"}),
    "POSSIBLE": frozenset({"suspected", "accused"}),
}

_BOMBING_SUBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_ATTACK_SUBS = frozenset({
    "Attack", "Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Grenade",
    "Sexual violence",
})
_ATTACK_GTD = frozenset({
    "Armed Assault", "Assassination", "Unarmed Assault", "Hijacking",
    "Hostage Taking (Barricade Incident)",
})


def _is_bombing(e: Event) -> bool:
    return e.gtd_attack_type == "Bombing/Explosion" or e.event_type == "Explosions/Remote violence" \
        or e.sub_event_type in _BOMBING_SUBS


def _is_kidnapping(e: Event) -> bool:
    return (e.sub_event_type == "Abduction/forced disappearance"
            or e.gtd_attack_type == "Hostage Taking (Kidnapping)")


def _is_arson(e: Event) -> bool:
    return e.gtd_attack_type == "Facility/Infrastructure Attack" or "Incendiary" in e.weapons


def _is_attack(e: Event) -> bool:
    return e.gtd_attack_type in _ATTACK_GTD or e.sub_event_type in _ATTACK_SUBS


def _is_robbery(e: Event) -> bool:
    return e.sub_event_type == "Looting/property destruction"


# MUC incident type → whether an event renders it (README: "incident type").
TYPE_MATCH = {
    "BOMBING": _is_bombing,
    "KIDNAPPING": _is_kidnapping,
    "ARSON": _is_arson,
    "ATTACK": _is_attack,
    "MURDER": _is_attack,
    "ROBBERY": _is_robbery,
}


def load_muc(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read MUC-4 gold lines (the first ``limit`` of them)."""
    lines: list[dict[str, Any]] = []
    for n, line in json_lines(path, "MUC-4 gold file"):
        if not isinstance(line, dict) or "templates" not in (line.get("gold") or {}):
            raise InputError(f"{path}:{n} has no gold.templates: is it a MUC-4 gold file?")
        lines.append(line)
        if limit is not None and len(lines) >= limit:
            break
    return lines


def is_violent(event: Event, with_clashes: bool = False) -> bool:
    """True for a non-historical event of a violent type (battles only ``with_clashes``)."""
    if event.historical:
        return False
    # a battle the record also codes as a GTD attack is one side striking a target ("rebels
    # attacked the garrison"), which MUC-4 records; armed sides fighting each other is not
    if not with_clashes and event.sub_event_type in CLASH_SUB_TYPES \
            and event.gtd_attack_type is None:
        return False
    return event.event_type in VIOLENT_TYPES or event.gtd_attack_type in GTD_ATTACKS


def relevant_incident(event: Event) -> bool:
    """True for an event that makes a report relevant in the diagnostic figure: a violent event
    within MUC-4's scope, or an armed clash that hit non-combatants (``eval/muc_scope.py``)."""
    if is_violent(event):
        return terrorist_incident(event)
    return is_violent(event, with_clashes=True) and hits_non_combatants(event)


def scored_events(document: Document, with_clashes: bool = False) -> list[Event]:
    """The events a report is scored on."""
    return [e for e in document.events if is_violent(e, with_clashes)]


def _words(name: str) -> str:
    return " " + " ".join(re.sub(r"[^\w]+", " ", norm_name(name)).split()) + " "


def names_match(gold: str, found: str) -> bool:
    """Case-insensitive match of two organisation names: whole-word containment or close spelling."""
    g, f = _words(gold), _words(found)
    if len(g.strip()) < 2 or len(f.strip()) < 2:
        return False
    if g in f or f in g:
        return True
    return fuzz.ratio(g.strip(), f.strip()) >= 90


def _actor_names(actor: EventActor, aliases: dict[str, list[str]]) -> list[str]:
    names = [n for n in (actor.name, actor.mention, actor.acled_name) if n]
    return names + aliases.get(actor.actor_id or "", [])


def _perpetrators(events: list[Event], document: Document) -> list[tuple[EventActor, list[str]]]:
    aliases = {a.actor_id: list(a.aliases) for a in document.actors}
    return [
        (actor, _actor_names(actor, aliases))
        for event in events
        for actor in event.actors
        if actor.role == "perpetrator"
    ]


def template_country(template: dict[str, Any]) -> str | None:
    """The country of a template's location ("EL SALVADOR: SAN MIGUEL ..." → "EL SALVADOR")."""
    loc = str(template.get("location") or "")
    head = re.split(r"[:(]", loc, maxsplit=1)[0].strip()
    return head if head and head not in {"-", "*"} else None


def _score_template(
    template: dict[str, Any], events: list[Event], document: Document
) -> dict[str, Any]:
    out: dict[str, Any] = {"type": template.get("type"), "perp_org": template.get("perp_org") or []}
    out["perp_found"] = out["attribution_ok"] = None
    if out["perp_org"]:
        matched = [
            actor for actor, names in _perpetrators(events, document)
            if any(names_match(g, n) for g in out["perp_org"] for n in names)
        ]
        out["perp_found"] = bool(matched)
        fits = ATTRIBUTION_FITS.get(str(template.get("perp_confidence")))
        if matched and fits:
            out["attribution_ok"] = any(a.attribution in fits for a in matched)
        out["got_attribution"] = [a.attribution for a in matched]
        out["got_perps"] = sorted({a.name for a, _ in _perpetrators(events, document)})
    out["type_ok"] = out["country_ok"] = None
    if events:
        kinds = [TYPE_MATCH[k] for k in re.split(r"\s*/\s*", str(out["type"])) if k in TYPE_MATCH]
        if kinds:
            out["type_ok"] = any(match(e) for match in kinds for e in events)
        country = template_country(template)
        if country:
            out["country_ok"] = any(
                same_country(country.title(), e.location.country, e.location.country_code)
                for e in events
            )
    return out


def score_report(line: dict[str, Any], document: Document) -> dict[str, Any]:
    """Score one report: relevance, and per non-optional template perpetrator, type, country."""
    templates = [t for t in line["gold"]["templates"] if not t.get("optional")]
    events = scored_events(document)
    return {
        "id": line.get("id"),
        "text": line["text"],
        "status": document.article.status,
        "gold_relevant": bool(templates),
        "any_template": bool(line["gold"]["templates"]),
        "pred_relevant": bool(events),
        "pred_relevant_by_target": any(relevant_incident(e) for e in document.events),
        "pred_relevant_with_clashes": bool(scored_events(document, with_clashes=True)),
        "pred_types": [f"{e.event_type}/{e.sub_event_type}" for e in events],
        "templates": [_score_template(t, events, document) for t in templates],
    }


def _prf(rows: list[dict[str, Any]], pred_key: str) -> dict[str, Any]:
    # Reports with only optional templates are neither required nor forbidden to give an event.
    scored = [r for r in rows if r["gold_relevant"] or not r["any_template"]]
    tp = sum(1 for r in scored if r["gold_relevant"] and r[pred_key])
    fp = sum(1 for r in scored if not r["gold_relevant"] and r[pred_key])
    fn = sum(1 for r in scored if r["gold_relevant"] and not r[pred_key])
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(rc, 4), "f1": round(f1, 4)}


def _rate(values: Iterable[bool | None]) -> dict[str, Any]:
    scored = [v for v in values if v is not None]
    n = len(scored)
    return {"n": n, "correct": sum(scored), "rate": round(sum(scored) / n, 4) if n else None}


def _snippet(text: str, names: list[str], width: int = 240) -> str:
    flat = " ".join(text.split())
    for name in names:
        at = flat.upper().find(name.upper())
        if at >= 0:
            start = max(0, at - width // 2)
            return ("…" if start else "") + flat[start:start + width] + "…"
    return flat[:width] + ("…" if len(flat) > width else "")


def worst_misses(rows: list[dict[str, Any]], n: int = 20) -> list[dict[str, Any]]:
    """Missed perpetrators first, then wrong attributions, then relevance errors."""
    misses: list[dict[str, Any]] = []
    for r in rows:
        for t in r["templates"]:
            if t["perp_found"] is False or t["attribution_ok"] is False:
                kind = "perp missed" if t["perp_found"] is False else "attribution wrong"
                misses.append({"id": r["id"], "kind": kind, "type": t["type"],
                               "gold": t["perp_org"], "got": t.get("got_perps"),
                               "got_attribution": t.get("got_attribution"),
                               "snippet": _snippet(r["text"], t["perp_org"])})
        if r["gold_relevant"] != r["pred_relevant"] and (r["gold_relevant"] or not r["any_template"]):
            kind = "no incident found" if r["gold_relevant"] else "incident where none"
            misses.append({"id": r["id"], "kind": kind, "type": None, "gold": [],
                           "got": r["pred_types"], "snippet": _snippet(r["text"], [])})
    order = {"perp missed": 0, "attribution wrong": 1, "no incident found": 2,
             "incident where none": 3}
    return sorted(misses, key=lambda m: order[m["kind"]])[:n]


def aggregate_muc(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Turn per-report scores into the MUC-4 figures."""
    templates = [t for r in rows for t in r["templates"]]
    return {
        "reports": len(rows),
        "errors": sum(1 for r in rows if r["status"] == "error"),
        "relevance": _prf(rows, "pred_relevant"),
        "relevance_by_target": _prf(rows, "pred_relevant_by_target"),
        "relevance_with_clashes": _prf(rows, "pred_relevant_with_clashes"),
        "perpetrator_recall": _rate(t["perp_found"] for t in templates),
        "attribution_on_found": _rate(t["attribution_ok"] for t in templates),
        "incident_type": _rate(t["type_ok"] for t in templates),
        "country": _rate(t["country_ok"] for t in templates),
        "worst": worst_misses(rows),
        "reports_scored": [{k: v for k, v in r.items() if k != "text"} for r in rows],
    }


def _articles(lines: Iterable[dict[str, Any]]) -> Iterator[Article]:
    for line in lines:
        yield Article(id=str(line.get("id") or ""), text=line["text"],
                      published=line.get("published"))


def evaluate_muc(
    gold_path: Path, limit: int | None = None, progress: bool = True, n_process: int = 1
) -> dict[str, Any]:
    """Run the default pipeline on the MUC-4 reports and return the figures."""
    from eventcoder.pipeline import default_pipeline

    lines = load_muc(gold_path, limit)
    documents: Iterable[Document] = default_pipeline().pipe(_articles(lines), n_process=n_process)
    if progress:
        from tqdm import tqdm

        documents = tqdm(documents, total=len(lines), desc="eval-muc", unit="report")
    rows = [score_report(line, doc) for line, doc in zip(lines, documents, strict=True)]
    result = aggregate_muc(rows)
    result["gold"] = str(gold_path)
    return result


def format_muc_report(result: dict[str, Any]) -> str:
    """Render the MUC-4 figures and the worst misses as plain text."""
    out = [f"Gold: {result.get('gold', '?')}  reports: {result['reports']}  "
           f"({result['errors']} pipeline errors)", ""]
    for key, label in (("relevance", "Relevance"),
                       ("relevance_by_target", "Relevance, combat left out (diagnostic)"),
                       ("relevance_with_clashes", "Relevance, armed clashes counted")):
        f = result[key]
        out.append(f"{label:<40} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}"
                   f"  (tp {f['tp']} fp {f['fp']} fn {f['fn']})")
    out += ["", f"{'metric (non-optional templates)':<40}{'n':>6}{'correct':>9}{'rate':>8}",
            "-" * 63]
    for key, label in (("perpetrator_recall", "Perpetrator recall"),
                       ("attribution_on_found", "Attribution right, of found"),
                       ("incident_type", "Incident type (reports with an event)"),
                       ("country", "Country (reports with an event)")):
        fig = result[key]
        rate = "-" if fig["rate"] is None else f"{fig['rate']:.3f}"
        out.append(f"{label:<40}{fig['n']:>6}{fig['correct']:>9}{rate:>8}")
    out += ["", f"Worst misses ({len(result['worst'])}):"]
    for m in result["worst"]:
        extra = f" got {m['got']}" + (f" as {m['got_attribution']}" if m.get("got_attribution")
                                      else "")
        out.append(f"- {m['id']} {m['kind']} [{m['type'] or '-'}] gold {m['gold']};{extra}")
        out.append(f"    {m['snippet']}")
    return "\n".join(out)
