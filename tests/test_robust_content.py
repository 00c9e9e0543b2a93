"""Content the store must not miscount: the same text under two ids, undated reports of different
attacks in one town, and short texts that are not English."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from api_server import serve
from sqlalchemy import func, select

from eventcoder.api import create_app
from eventcoder.api.auth import create_token
from eventcoder.ingest import article_from_record
from eventcoder.ingest.language import non_english_reason
from eventcoder.store import Store
from eventcoder.store.ingest import ingest_articles
from eventcoder.store.models import ArticleRow, EventRow, IncidentRow

pytestmark = pytest.mark.slow

# Eight undated reports (no date in the text, no publication date) of different attacks in
# Bunia, Ituri: different attackers, targets and tolls from 1 to 40.
BUNIA = [
    "Gunmen shot dead a shopkeeper in Bunia, Ituri province, police said.",
    "CODECO militiamen attacked a camp for displaced people near Bunia in Ituri province, "
    "killing 40 civilians, a local official said.",
    "Two soldiers were killed when suspected ADF rebels ambushed an army patrol outside Bunia, "
    "in Congo's Ituri province, the army said.",
    "Armed men killed 7 gold miners at a mining site near Bunia, in Ituri province, civil "
    "society leaders said.",
    "A grenade thrown into a bar in Bunia, Ituri province, killed 3 people, police said.",
    "Militiamen killed 12 villagers with machetes in a village near Bunia in Ituri, a priest "
    "said.",
    "Gunmen killed 5 people travelling on a road near Bunia in Ituri province, the governor's "
    "office said.",
    "Attackers set fire to houses and killed 20 residents of a neighbourhood of Bunia, Ituri "
    "province, the Red Cross said.",
]


def _ingest(store: Store, records: list[dict]) -> None:
    report = ingest_articles(store, [article_from_record(r) for r in records])
    assert report.errors == 0, report.error_messages


def test_undated_reports_of_different_attacks_in_one_town_stay_apart(tmp_path: Path) -> None:
    """The Bunia case: eight undated reports, tolls 1-40, are not one incident."""
    store = Store(f"sqlite:///{tmp_path / 'b.db'}")
    _ingest(store, [{"id": f"bunia-{k}", "text": t} for k, t in enumerate(BUNIA)])
    with store.session() as s:
        undated = s.scalar(select(func.count(EventRow.id)).where(EventRow.date_start.is_(None)))
        per_incident = s.execute(
            select(EventRow.incident_id, func.count(func.distinct(EventRow.article_id)))
            .group_by(EventRow.incident_id)
        ).all()
    assert undated >= 6
    biggest = max(n for _inc, n in per_incident)
    assert biggest <= 2, per_incident
    assert len(per_incident) >= 6
    store.close()


def test_undated_copies_of_one_report_still_merge(tmp_path: Path) -> None:
    """Strong evidence (the same wording, the same toll) still joins undated reports."""
    store = Store(f"sqlite:///{tmp_path / 'u.db'}")
    text = ("CODECO militiamen attacked a camp for displaced people near Bunia in Ituri province, "
            "killing 40 civilians, a local official said.")
    _ingest(store, [{"id": "u1", "text": text},
                    {"id": "u2", "text": text.replace("a local official said", "officials said")}])
    with store.session() as s:
        assert s.scalar(select(func.count(IncidentRow.id))) == 1
    store.close()


def test_same_text_under_two_ids_is_one_report_with_both_ids(tmp_path: Path) -> None:
    """Re-posted wire copy (other id, other spacing and case) is an alias, not a second report;
    both ids read back over HTTP."""
    store = Store(f"sqlite:///{tmp_path / 'd.db'}")
    auth = {"Authorization": f"Bearer {create_token(store, 'w')}"}
    text = ("Gunmen killed 9 people at a market in Gwoza, Borno state, Nigeria, on Monday, "
            "police said.")
    with serve(create_app(store)) as base, httpx.Client(base_url=base, timeout=120) as client:
        first = client.post("/api/articles", headers=auth,
                            json={"id": "wire-1", "published": "2024-03-05", "text": text})
        second = client.post("/api/articles", headers=auth, json={
            "id": "outlet-7", "published": "2024-03-05",
            "text": "  " + text.upper().replace(" ", "  ") + "\n"})
        assert first.status_code == second.status_code == 200, second.text
        dup = second.json()["articles"][0]
        assert dup["duplicate_of"] == "wire-1" and dup["incidents"] == first.json()["incidents"]
        incident = client.get(f"/api/incidents/{dup['incidents'][0]}").json()
        assert incident["n_reports"] == 1
        for aid in ("wire-1", "outlet-7"):
            doc = client.get(f"/api/articles/{aid}").json()
            assert doc["article"]["id"] == "wire-1" and doc["aliases"] == ["outlet-7"]
        again = client.post("/api/articles", headers=auth, json={
            "id": "outlet-7", "published": "2024-03-05",
            "text": "  " + text.upper().replace(" ", "  ") + "\n"}).json()["articles"][0]
        assert again["new"] is False
    with store.session() as s:
        assert s.scalar(select(func.count(ArticleRow.id))) == 1
    store.close()


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Des hommes armés ont tué 12 personnes lundi à Bunia, selon la police locale.", "fr"),
        ("قتل مسلحون 12 شخصا في بونيا يوم الاثنين، بحسب الشرطة.", "ar"),
        ("Hombres armados mataron a 12 personas en Bunia el lunes, según la policía.", "es"),
        ("Боевики убили 12 человек в Буниа в понедельник.", "ru"),
        ("Boko Haram militants raided Dikwa.", "en"),
        ("ADF rebels killed 12 in Beni, Nord-Kivu.", "en"),
        ("Le Monde: gunmen killed 3 people near Lomé on Monday, police said.", "en"),
    ],
)
def test_short_texts_are_judged_by_script_and_function_words(text: str, lang: str) -> None:
    """Under 200 characters Arabic, French, Spanish and Russian are recognised; short English
    notes full of names stay English."""
    detected, reason = non_english_reason(text)
    assert detected == lang
    assert (reason is None) == (lang == "en")


def test_a_short_french_article_is_stored_as_skipped_with_its_reason(tmp_path: Path) -> None:
    """Not stored as English with 0 events and no reason."""
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    ingest_articles(store, [article_from_record({
        "id": "fr-1", "text": "Des hommes armés ont tué 12 personnes lundi à Bunia, selon la police."})])
    with store.session() as s:
        row = s.get(ArticleRow, "fr-1")
        assert row.status == "skipped" and row.language == "fr" and "not English" in row.reason
    store.close()
