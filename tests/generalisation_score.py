"""Score the pipeline on the hand-written generalisation fixture (tests/fixtures/generalisation).

Each line is a report written for this fixture about a region and conflict the dev data does not
cover, with an ``expect`` field: the ACLED-style fields of its primary event (scored with the same
rules as ``eventcoder eval``) and ``roles``, the perpetrators and how the text attributes them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventcoder.document import Document
from eventcoder.eval.acled import gold_articles, primary_event, score_line
from eventcoder.eval.metrics import norm_actor

FIXTURE = Path(__file__).parent / "fixtures" / "generalisation" / "reports.jsonl"

FIELDS = (
    "detected", "type_ok", "sub_type_ok", "date_ok", "no_invented_ok", "precision_ok",
    "fatalities_ok", "country_ok", "admin1_ok", "admin1_unit_ok", "location_ok", "actors", "perpetrator_ok",
    "attribution_ok",
)


def load_fixture(path: Path = FIXTURE) -> list[dict[str, Any]]:
    """The fixture's lines, each with its ``expect`` copied to ``gold`` for the ACLED scorer."""
    lines = [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw]
    for line in lines:
        line["gold"] = line["expect"]
    return lines


def _matches(expected: str, names: list[str]) -> bool:
    """Whether an expected actor name is one of the names or contained in one (either way)."""
    want = norm_actor(expected)
    return any(want == n or (len(want) > 3 and (want in n or n in want)) for n in names)


def _same_attribution(found: str, wanted: str) -> bool:
    """As the MUC-4 scoring reads them: 'confirmed' is the report's own voice, like 'stated'."""
    voice = {"stated", "confirmed"}
    return found == wanted or (found in voice and wanted in voice)


def score_roles(line: dict[str, Any], document: Document) -> dict[str, Any]:
    """Perpetrators found (role ``perpetrator``) and their attribution, over the expected roles."""
    event = primary_event(document)
    perpetrators = [a for a in (event.actors if event else []) if a.role == "perpetrator"]
    found = attributed = 0
    for want in line["expect"].get("roles") or []:
        hits = [a for a in perpetrators
                if _matches(want["actor"], [norm_actor(n) for n in (a.name, a.acled_name) if n])]
        if hits:
            found += 1
            attributed += any(_same_attribution(a.attribution, want["attribution"]) for a in hits)
    total = len(line["expect"].get("roles") or [])
    return {"roles_total": total, "roles_found": found, "roles_attributed": attributed}


def score_document(line: dict[str, Any], document: Document) -> dict[str, Any]:
    """One line's per-field results (None where a field is not scored on that line)."""
    row = score_line(line, document)
    event = primary_event(document)
    row["precision_ok"] = bool(event) and event.date.precision == line["expect"]["date_precision"]
    row.update(score_roles(line, document))
    return row


def run(lines: list[dict[str, Any]], drop_source: bool = False) -> list[dict[str, Any]]:
    """Run the default pipeline on the lines (``source`` dropped on request) and score each."""
    from eventcoder.pipeline import default_pipeline

    documents = default_pipeline().pipe(gold_articles(lines, drop_source=drop_source))
    return [score_document(line, doc) for line, doc in zip(lines, documents, strict=True)]


def figures(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Share right per field over the lines where it is scored."""
    out: dict[str, float] = {}
    for key in FIELDS:
        if key == "actors":
            total = sum(r["actors_total"] for r in rows)
            out[key] = sum(r["actors_matched"] for r in rows) / total if total else 1.0
        elif key == "perpetrator_ok":
            total = sum(r["roles_total"] for r in rows)
            out[key] = sum(r["roles_found"] for r in rows) / total if total else 1.0
        elif key == "attribution_ok":
            total = sum(r["roles_found"] for r in rows)
            out[key] = sum(r["roles_attributed"] for r in rows) / total if total else 1.0
        else:
            scored = [r[key] for r in rows if r.get(key) is not None]
            out[key] = sum(scored) / len(scored) if scored else 1.0
    return {k: round(v, 3) for k, v in out.items()}


def misses(rows: list[dict[str, Any]], lines: list[dict[str, Any]]) -> list[str]:
    """One line per field missed, for reading the failures by cause."""
    out = []
    for row, line in zip(rows, lines, strict=True):
        wrong = [k for k in FIELDS if k not in ("actors", "perpetrator_ok", "attribution_ok")
                 and row.get(k) is False]
        if row["actors_matched"] < row["actors_total"]:
            wrong.append(f"actors {row['actors_matched']}/{row['actors_total']}")
        if row["roles_found"] < row["roles_total"] or row["roles_attributed"] < row["roles_found"]:
            wrong.append(f"roles {row['roles_found']}/{row['roles_attributed']}/{row['roles_total']}")
        if wrong:
            out.append(f"{line['id']}: {', '.join(wrong)}")
    return out


def floors_hold(name: str, lines: list[dict[str, Any]], drop_source: bool,
                first: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    """Run and score ``lines``, print the first measurement beside now and the misses; return the
    fields below their floor."""
    rows = run(lines, drop_source=drop_source)
    got = figures(rows)
    print(f"\n{name} ({'without' if drop_source else 'with'} source), first -> now:")
    for key, value in got.items():
        print(f"  {key:<16}{first[key]:.3f} -> {value:.3f}")
    print("\n".join(misses(rows, lines)))
    return {k: v for k, v in got.items() if v < floors[k]}


if __name__ == "__main__":
    fixture_lines = load_fixture()
    scored = run(fixture_lines)
    print(json.dumps(figures(scored), indent=1))
    print("\n".join(misses(scored, fixture_lines)))
