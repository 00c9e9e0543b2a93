"""The hand-written fixture reports, run through the real pipeline, merge into the right incidents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_cases import FIXTURES, expected, expected_followups
from sqlalchemy import select

from eventcoder.ingest import read_paths
from eventcoder.merge import run_merge
from eventcoder.pipeline import Pipeline
from eventcoder.store import Store
from eventcoder.store.models import EventRow, IncidentRow

pytestmark = pytest.mark.slow  # the full pipeline over ten articles

VIOLENT = {"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"}


@pytest.fixture(scope="module")
def merged(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store holding the fixture reports, extracted and merged."""
    path: Path = tmp_path_factory.mktemp("e2e") / "e2e.db"
    store = Store(f"sqlite:///{path}")
    for doc in pipeline.pipe(read_paths([FIXTURES / "reports.jsonl"])):
        assert doc.article.status == "ok", doc.article.reason
        store.save_document(doc)
    run_merge(store)
    yield store
    store.close()


def _primary(store: Store) -> dict[str, EventRow]:
    """Each article's main event: its most confident current violent event."""
    with store.session() as s:
        rows = s.scalars(select(EventRow)).all()
    best: dict[str, EventRow] = {}
    for r in rows:
        if r.historical or r.event_type not in VIOLENT:
            continue
        key = (r.confidence or 0, -int(r.local_id.lstrip("e") or 0))
        cur = best.get(r.article_id)
        if cur is None or key > (cur.confidence or 0, -int(cur.local_id.lstrip("e") or 0)):
            best[r.article_id] = r
    return best


def test_merge_e2e_reports_of_one_incident_share_one_incident(merged: Store) -> None:
    """End to end: reports of one incident share one incident."""
    primary = _primary(merged)
    owner = {aid: row.incident_id for aid, row in primary.items()}
    groups = expected()
    for name, ids in groups.items():
        assert all(a in owner for a in ids), f"{name}: no violent event extracted from {ids}"
        assert len({owner[a] for a in ids}) == 1, f"{name} split over incidents: {owner}"
    firsts = [owner[ids[0]] for ids in groups.values()]
    assert len(set(firsts)) == len(firsts), "two different incidents were merged"


def test_merge_e2e_followup_article_joins_its_incident(merged: Store) -> None:
    """End to end: an article reporting only a follow-up joins its incident."""
    market = _primary(merged)["mdg-reuters-0618"].incident_id
    with merged.session() as s:
        for aid in expected_followups()["maiduguri_market_bombing"]:
            rows = s.scalars(
                select(EventRow).where(
                    EventRow.article_id == aid, EventRow.sub_event_type == "Arrests"
                )
            ).all()
            assert rows and {r.incident_id for r in rows} == {market}


def test_merge_e2e_canonical_shows_toll_range_and_attributions(merged: Store) -> None:
    """End to end: the canonical record shows the toll range and every attribution."""
    primary = _primary(merged)
    inc = primary["mdg-reuters-0618"].incident_id
    with merged.session() as s:
        record = s.get(IncidentRow, inc).canonical_json
    fat = record["fatalities"]
    assert fat["low"] < fat["high"]
    assert len({r["best"] for r in fat["reports"]}) >= 3
    attributed = {a["actor"] for a in record["attributions"] if a["attribution"] != "stated"}
    assert len(attributed) >= 2
    assert all(a["article_id"] for a in record["attributions"])
