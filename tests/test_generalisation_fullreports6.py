"""Full reports 6: attribution and facts in long modern news reports from many outlets (#14).

tests/fixtures/generalisation/fullreports6.jsonl holds 24 reports of 310-410 words written for
this round on the wars of 2024-2025 (Nigeria's Kebbi and Borno, Mali, Burkina Faso, Niger, Sudan's
Gezira and El Fasher, Ituri and Goma, Cabo Delgado, Amhara, Khyber Pakhtunkhwa, Balochistan,
Manipur, Sagaing, Mindanao, Cauca, Guayaquil, Mirebalais, Guanajuato, Hodeidah, Duhok, Damascus,
Kharkiv) in the voices of different outlets: a wire lead with its dateline, a local paper naming
officials by title, a live blog with timestamps, an army's and a police force's press release, an
NGO statement, regional outlets translated from French, Portuguese, Spanish and Arabic. Each has
its main incident and other material: a claim in a later paragraph or on a channel, "no group has
claimed ... but", the blamed group's denial, a group denying what nobody blamed it for, a second
group claiming what the government blamed on another, tolls that rise over the text ("gave a
provisional figure of 21 ... By Monday the count had reached 38"), a background attack of another
year, reactions, and a planned march that is not an event. Each line carries both keys: ``expect``
(the ACLED fields of the primary incident and its perpetrators' roles, scored as
tests/generalisation_score.py scores them) and ``gold`` (MUC-4 templates, scored as
tests/test_generalisation_fullreports.py scores them); ``not_perpetrators`` names groups a report
names that did not do its incident. The keys were committed before the pipeline first ran on them
(commit 34bc479).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from generalisation_score import figures, load_fixture, misses, score_document

from eventcoder.eval.acled import gold_articles, primary_event
from eventcoder.eval.muc import aggregate_muc, load_muc, score_report
from tests.test_generalisation_fullreports import _figures, wrong_perpetrators

FULLREPORTS6 = Path(__file__).parent / "fixtures" / "generalisation" / "fullreports6.jsonl"
# First run (answer keys committed before it; main at 919e8a7):
FIRST = {
    "detected": 1.0, "type_ok": 0.833, "sub_type_ok": 0.792, "date_ok": 0.875, "no_invented_ok": 1.0,
    "precision_ok": 1.0, "fatalities_ok": 0.792, "country_ok": 1.0, "admin1_ok": 0.833,
    "admin1_unit_ok": 1.0, "location_ok": 0.727, "actors": 0.784, "perpetrator_ok": 0.679,
    "attribution_ok": 0.526, "muc_precision": 1.0, "muc_recall": 1.0, "muc_f1": 1.0,
    "muc_perpetrator_recall": 0.833, "muc_attribution_on_found": 0.85, "muc_incident_type": 1.0,
    "muc_country": 1.0, "wrong_perpetrators": 8,
}
# Misses of the first run, by cause: a live blog's "12:45 GMT - CLAIM:" made "GMT" the claimant
# (BFA1) and a regional dateline "Addis Abeba - Gunmen" an actor (ETH1); a press release's
# "(Nairobi, April 2, 2024) -" dated the massacre of March 14 (MLI1); denials in other words than
# "denied involvement" ("denied the accusation", "rejected what they called false allegations",
# "has nothing to do with", "denied that the group had fired"; ETH1, MLI1, PHL1, COD2, PAK1);
# tolls: "the number of people killed had reached 18" (COD2), "a ninth victim" counted as a tenth
# and "more than 600 violent deaths in the first two months of the year" taken as the toll (ECU1);
# "Saraya Ansar al-Sunna" read as Mozambique's insurgents, whose shared name also made the report
# Mozambican, and "called on the authorities to take responsibility for protecting churches" a
# claim (SYR1); "Dimashq", "Amara" for ACLED's Damascus and Amhara (SYR1, ETH1); groups the KB
# lacks named only through an investigation pointing to "members of" them (ECU1), a misparsed
# video claim (HTI1) or "structures of ... Carlos Patiño front" (COL1).
# Floors, after the rules of this round (tests/test_fullreports6_rules.py). Wider denial wordings
# ("denied the accusation/charge", "rejected what they called false allegations", "had nothing to
# do with", "denied that the group had fired") were tried and reverted: they make a blamed group
# `denied`, as expect.roles codes it, but MUC-4 scores an accused group's denial as SUSPECTED OR
# ACCUSED, and on MUC-4 dev they turned accused groups into denied ones (DEV-MUC3-0581, 1101;
# attribution 0.763 -> 0.757). The two keys disagree on ETH1, MLI1, PHL1, COD2.
# Still missed: NGA1 and MLI1 typed armed clashes (the typer), COD2's toll update read for the
# headline's event, IND1's "taking the death toll to two" lost once a separate Jiribam incident
# follows, NER1's 47 for 44, MOZ1 dated by the claim (Wednesday) and MEX1 by the report (Sunday),
# YEM1's "US strikes on ..." parsed with "strikes" a verb, COL1's police station drone attack
# typed a clash; ECU1's "lines of investigation point to" misparsed ("investigation point" a noun).
# Wrong perpetrators left: background deeds the key does not record (BFA1's January attack in
# Seytenga, PAK1's and PAK2's BLA attacks of 2024 joined to the report by "last week" and
# "Thursday's attack", MMR1's PDF ambush "a day" before, kept by design for MUC-4), UKR1's
# Saratov refinery strike and YEM1's Houthi missile launch read into the main strike.
# Merged with the other branches of the round: sub-event 0.833 and actors 0.824.
# Full reports 7 round: "the Group for the Support of Islam and Muslims" is JNIM now; the stray
# "Group" it gave before had counted as MLI1's Wagner Group (a substring match), so perpetrators
# 0.679 -> 0.643 and MUC-4 perpetrator recall 0.833 -> 0.792 lose a lucky hit, not a finding;
# PAK2's wrong perpetrator is gone.
# Tolls round (cnt20): COD2's "had reached 18", IND1's "taking the death toll to two" (sentences of
# no incident) and NER1's headline no longer miss; COL1 (a clash, its second death unread) does.
# Full reports 11 (tests/test_fullreports11_rules.py): ETH1's Fano spokesperson "denied the
# accusation" is now read as the denial its ACLED key wants (attribution 0.611 -> 0.667); its MUC-4
# template keeps the accusation (SUSPECTED OR ACCUSED BY AUTHORITIES), which no denial fits, so the
# MUC-4 attribution on found falls from 0.895 to 0.842 (one template of 19): the two keys disagree.
FLOORS = {**FIRST, "sub_type_ok": 0.833, "date_ok": 0.917, "fatalities_ok": 0.958,
          "admin1_ok": 0.917, "actors": 0.824, "attribution_ok": 0.667, "perpetrator_ok": 0.643,
          "muc_perpetrator_recall": 0.792, "muc_attribution_on_found": 0.842,
          "wrong_perpetrators": 6}


def measure(path: Path = FULLREPORTS6) -> tuple[dict[str, float], list[str]]:
    """Both sets of figures of one pipeline run over the fixture (the ACLED ones over its incidents,
    with the share of its pages of no incident left quiet), and the misses by line."""
    from eventcoder.pipeline import default_pipeline

    lines = load_fixture(path)
    documents = list(default_pipeline().pipe(gold_articles(lines)))
    # pages of no incident (``kind`` "non-event"): scored only as left quiet or not, and by MUC-4
    pairs = [(line, doc) for line, doc in zip(lines, documents, strict=True)
             if line.get("kind") != "non-event"]
    rows = [score_document(line, doc) for line, doc in pairs]
    got = figures(rows)
    loud = [line["id"] for line, doc in zip(lines, documents, strict=True)
            if line.get("kind") == "non-event" and primary_event(doc) is not None]
    pages = sum(line.get("kind") == "non-event" for line in lines)
    if pages:
        got["quiet"] = round(1 - len(loud) / pages, 3)
    muc_lines = load_muc(path)
    result = aggregate_muc([score_report(line, doc)
                            for line, doc in zip(muc_lines, documents, strict=True)])
    got.update({f"muc_{k}": v for k, v in _figures(result).items()})
    wrong = wrong_perpetrators(muc_lines, documents)
    got["wrong_perpetrators"] = len(wrong)
    notes = misses(rows, [line for line, _ in pairs]) + [f"{i}: wrong perpetrator" for i in wrong]
    notes += [f"{i}: an event from a page of none" for i in loud]
    notes += [f"{m['id']} {m['kind']} gold {m['gold']} got {m['got']}" for m in result["worst"]]
    return got, notes


def check_measured(path: Path, title: str, first: dict, floors: dict) -> None:
    """Measure a fixture of both keys; print first run -> now and the misses, and fail on a
    figure below its floor or more wrong perpetrators than allowed."""
    got, notes = measure(path)
    print(f"\n{title} (first measurement -> now):")
    for key, value in got.items():
        print(f"  {key:<26}{first.get(key, 0.0):.3f} -> {value:.3f}")
    print("\n".join(notes))
    assert got["wrong_perpetrators"] <= floors["wrong_perpetrators"]
    low = {k: v for k, v in got.items() if k != "wrong_perpetrators" and v < floors[k]}
    assert not low, f"below the floor: {low}"


@pytest.mark.slow
def test_fullreports6_figures_hold() -> None:
    """ACLED and MUC-4 figures on full reports 6, first measurement and now; none below its floor."""
    check_measured(FULLREPORTS6, "full reports 6", FIRST, FLOORS)
