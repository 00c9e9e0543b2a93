"""The MUC-4 scorer on small hand-written gold lines (shared/eval/README.md, MUC-4 section)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.document import Article, Document, Event, EventActor, Location
from eventcoder.eval.muc import (
    aggregate_muc,
    load_muc,
    names_match,
    score_report,
    template_country,
)


def _template(**kw: object) -> dict:
    base = {"optional": False, "type": "BOMBING", "stage": "ACCOMPLISHED", "date": "-",
            "location": "PERU: LIMA (CITY)", "perp_org": [], "perp_confidence": "-"}
    base.update(kw)
    return base


def _line(templates: list[dict], text: str = "A REPORT.") -> dict:
    return {"id": "t", "text": text, "published": "1990-01-01", "gold": {"templates": templates}}


def _doc(*events: Event) -> Document:
    return Document(article=Article(id="t", text="A REPORT."), events=list(events))


def _bombing(*actors: EventActor, country: str = "Peru", historical: bool = False) -> Event:
    return Event(id="e1", event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED", gtd_attack_type="Bombing/Explosion",
                 historical=historical, location=Location(country=country, country_code=None),
                 actors=list(actors))


def test_perpetrator_found_by_acronym_and_attribution_claimed() -> None:
    line = _line([_template(perp_org=["SHINING PATH"], perp_confidence="CLAIMED OR ADMITTED")])
    doc = _doc(_bombing(EventActor(name="Shining Path", role="perpetrator", attribution="claimed")))
    t = score_report(line, doc)["templates"][0]
    assert t["perp_found"] and t["attribution_ok"] and t["type_ok"] and t["country_ok"]


def test_wrong_attribution_and_target_role_do_not_count() -> None:
    line = _line([_template(perp_org=["FMLN"], perp_confidence="SUSPECTED OR ACCUSED")])
    stated = EventActor(name="Farabundo Marti National Liberation Front (FMLN)",
                        role="perpetrator", attribution="stated")
    t = score_report(line, _doc(_bombing(stated)))["templates"][0]
    assert t["perp_found"] is True and t["attribution_ok"] is False
    target = EventActor(name="FMLN", role="target")
    t = score_report(line, _doc(_bombing(target)))["templates"][0]
    assert t["perp_found"] is False and t["attribution_ok"] is None


def test_report_without_templates_must_give_no_violent_event() -> None:
    rows = [score_report(_line([]), _doc(_bombing())),
            score_report(_line([]), _doc()),
            score_report(_line([_template()]), _doc(_bombing()))]
    rel = aggregate_muc(rows)["relevance"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 1, 0)
    assert rel["precision"] == 0.5 and rel["recall"] == 1.0


def test_armed_clash_and_historical_events_are_not_incidents() -> None:
    clash = Event(id="c", event_type="Battles", sub_event_type="Armed clash")
    row = score_report(_line([]), _doc(clash, _bombing(historical=True)))
    assert row["pred_relevant"] is False and row["pred_relevant_with_clashes"] is True


def test_optional_templates_are_not_scored() -> None:
    row = score_report(_line([_template(optional=True, perp_org=["ELN"])]), _doc())
    assert row["templates"] == []
    assert aggregate_muc([row])["relevance"]["fn"] == 0


def test_incident_type_kidnapping_against_a_bombing_is_wrong() -> None:
    line = _line([_template(type="KIDNAPPING", location="COLOMBIA: MEDELLIN (CITY)")])
    t = score_report(line, _doc(_bombing()))["templates"][0]
    assert t["type_ok"] is False and t["country_ok"] is False


@pytest.mark.parametrize(
    ("gold", "found", "same"),
    [("FMLN", "FMLN urban guerrillas", True),
     ("ARMY OF NATIONAL LIBERATION", "National Liberation Army", False),
     ("MANUEL RODRIGUEZ PATRIOTIC FRONT", "Manuel Rodriguez Patriotic Front", True),
     ("TUPAC AMARU REVOLUTIONARY MOVEMENT", "Tupac Amaru Revolutionary Movment", True),
     ("ELN", "HELN group", False)],
)
def test_names_match(gold: str, found: str, same: bool) -> None:
    assert names_match(gold, found) is same


def test_template_country_and_loader(tmp_path: Path) -> None:
    assert template_country(_template(location="EL SALVADOR: SAN MIGUEL (DEPARTMENT)")) == \
        "EL SALVADOR"
    assert template_country(_template(location="-")) is None
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(_line([])) for _ in range(3)) + "\n")
    assert len(load_muc(path, limit=2)) == 2


def test_battle_coded_as_a_gtd_attack_is_an_incident() -> None:
    """ "guerrillas attacked the air force headquarters": ACLED files a battle, GTD an attack."""
    attack = Event(id="a", event_type="Battles", sub_event_type="Armed clash",
                   gtd_attack_type="Armed Assault")
    row = score_report(_line([]), _doc(attack))
    assert row["pred_relevant"] is True
