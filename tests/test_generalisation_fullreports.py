"""Full reports 1: perpetrators and attribution on whole mixed-case news reports (issue #14).

tests/fixtures/generalisation/fullreports.jsonl holds 20 news reports of 280-350 words written
for this round (Burkina Faso, Somalia, DR Congo, Iraq, Dagestan, Pakistan, the Philippines,
Mexico, Colombia, Brazil, Nigeria, Sri Lanka, Afghanistan, Cameroon, Bosnia, Ethiopia, Kenya,
Corsica, Myanmar, India; 2009-2022) in the MUC-4 gold format (shared/eval/README.md, MUC-4), so
`eventcoder eval-muc FILE` scores them directly: a perpetrator stated as fact, claimed in a
statement, blamed by officials, suspected with "no group has claimed", blamed and denied; two
incidents by two groups; a group that was the victim; groups the actor KB lacks; and reports with
no incident of their own (a trial, peace talks, an anniversary, history paragraphs). The answer
keys were written and committed before the pipeline first ran on them (commit af1b9bc).
``not_perpetrators`` names groups a report names that did not do its incident (the victims'
party, a rival, the subject of a history paragraph): none may come out as a perpetrator.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.document import Article
from eventcoder.eval.muc import aggregate_muc, load_muc, names_match, score_report, scored_events

FULLREPORTS = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports.jsonl"
# First run (answer keys committed before it; release 0.11.0):
FIRST = {
    "precision": 0.833, "recall": 0.938, "f1": 0.882, "perpetrator_recall": 0.625,
    "attribution_on_found": 0.9, "incident_type": 0.938, "country": 0.938,
    "wrong_perpetrators": 1,
}
# Floors, after the rules this round led to, each tested on sentences written for several
# countries: a group telling its own deed in a reported clause claims it ("al Shabaab said it was
# behind the blast", "said in a video posted online that it was holding them"; SOM1, CMR1;
# tests/test_attribution_own_deed_clauses.py); banners left at the scene signed by a group claim
# the deed for it (MEX1; tests/test_attribution_left_papers.py); a crime a verdict is for, dated
# by a closed era, and a deed dated "a year ago" through its when-clause are background (BIH1,
# KEN1; tests/test_background_tried_and_years_ago.py). Suspicion idioms ("suspicion fell on X";
# tests/test_attribution_suspicion_idioms.py) would give RUS1 if the actor KB knew the Caucasus
# Emirate; with the Caucasus Emirate in the KB (tests/test_actors_kb_police_groups.py) it does.
# IRQ1 (full reports 2 round): "the blast struck the market" made a labour strike of the bombing,
# a protest event that took the blame sentence; a strike verb whose subject is the violence is no
# strike now (extract/events/incident_clusters.py, tests/test_events_statistics_calls.py).
# Still missed: BRA1's Liga do Oeste (no public source found to add it; its "militia of former
# police officers" is no longer the police, tests/test_actors_former_forces.py), IND1's ambush of a police patrol typed an armed clash
# (no GTD attack, so not a MUC incident), and LKA1's "last month's Easter bombings" kept as news
# (the key calls the report background; a passing mention of a recent attack is arguable).
# Quiet-reports round (tests/test_quiet24_rules.py): a deed noun named by an earlier period
# ("last month's Easter bombings") is background, so LKA1 is quiet: precision 0.938 -> 1.0.
FLOORS = {**FIRST, "precision": 1.0, "f1": 0.968, "perpetrator_recall": 0.875,
          "attribution_on_found": 1.0, "wrong_perpetrators": 0}


def wrong_perpetrators(lines: list[dict], documents: list) -> list[str]:
    """Ids of reports where a group the text names but did not do it comes out as a perpetrator."""
    out = []
    for line, document in zip(lines, documents, strict=True):
        names = [n for e in scored_events(document) for a in e.actors if a.role == "perpetrator"
                 for n in (a.name, a.mention, a.acled_name) if n]
        if any(names_match(x, n) for x in line.get("not_perpetrators", []) for n in names):
            out.append(str(line["id"]))
    return out


def _figures(result: dict) -> dict[str, float]:
    got = {k: round(result["relevance"][k], 3) for k in ("precision", "recall", "f1")}
    for key in ("perpetrator_recall", "attribution_on_found", "incident_type", "country"):
        got[key] = round(result[key]["rate"] or 0.0, 3)
    return got


def check_fullreports(path: Path, title: str, first: dict, floors: dict) -> None:
    """Score a full-reports fixture with the MUC-4 scorer; print first run -> now and the misses,
    and fail on a figure below its floor or on a named non-perpetrator coming out as one."""
    from eventcoder.pipeline import default_pipeline

    lines = load_muc(path)
    documents = list(default_pipeline().pipe(
        Article(id=line["id"], text=line["text"], published=line["published"]) for line in lines))
    result = aggregate_muc([score_report(line, doc)
                            for line, doc in zip(lines, documents, strict=True)])
    got = _figures(result)
    wrong = wrong_perpetrators(lines, documents)
    got["wrong_perpetrators"] = len(wrong)
    print(f"\n{title} (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<22}{first[key]:.3f} -> {value:.3f}")
    for miss in result["worst"]:
        print(f"  {miss['id']} {miss['kind']} gold {miss['gold']} got {miss['got']}")
    print("\n".join(f"  {i}: wrong perpetrator" for i in wrong))
    assert len(wrong) <= floors["wrong_perpetrators"], f"wrong perpetrators: {wrong}"
    low = {k: v for k, v in got.items() if k != "wrong_perpetrators" and v < floors[k]}
    assert not low, f"below the floor: {low}"


@pytest.mark.slow
def test_fullreports_figures_hold() -> None:
    """MUC-4 figures on the full reports, first measurement and now; none below its floor."""
    check_fullreports(FULLREPORTS, "full reports 1", FIRST, FLOORS)
