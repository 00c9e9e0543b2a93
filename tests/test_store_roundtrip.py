"""Store round trip on SQLite and PostgreSQL: what goes in comes back out, offsets intact."""

from __future__ import annotations

from store_docs import MARKET_TEXT, market_document, protest_document

from eventcoder.store import Store
from eventcoder.store import queries as q

pytest_plugins = ["pg_fixture"]


def test_document_round_trip(store_url: str) -> None:
    """A saved document loads back equal to its JSON form."""
    doc = market_document()
    with Store(store_url) as store:
        assert store.save_document(doc) is True
        loaded = q.load_document(store, "market-1")
        assert loaded == doc.to_dict()
        record = q.get_event(store, "market-1:e1")
    assert record is not None
    assert record["fatalities"]["best"] == 14
    assert record["article"]["published"] == "2024-05-08"
    for ev in record["evidence"]:
        assert record["article"]["text"][ev["start"] : ev["end"]] == ev["text"]
    assert {a["attribution"] for a in record["actors"]} == {"suspected", "claimed"}


def test_filters_and_counts(store_url: str) -> None:
    """Event listing filters and counts agree."""
    with Store(store_url) as store:
        store.save_document(market_document())
        store.save_document(protest_document())
        assert q.count_events(store) == 2
        assert [r["event_id"] for r in q.list_events(store, country="KE")] == ["protest-1:e1"]
        assert [r["event_id"] for r in q.list_events(store, country="nigeria")] == ["market-1:e1"]
        assert len(q.list_events(store, event_type="Protests")) == 1
        assert len(q.list_events(store, start="2024-05-10")) == 1
        assert len(list(q.iter_records(store, batch=1))) == 2
        assert q.stats(store)["articles"] == 2


def test_actor_shared_across_articles(store_url: str) -> None:
    """One actor named in two articles is one stored actor, found by its alias."""
    other = MARKET_TEXT.replace("cattle market", "goat market")
    with Store(store_url) as store:
        store.save_document(market_document("market-1"))
        store.save_document(market_document("market-2", other))
        profile = q.actor_profile(store, "JAS")  # found through an alias
        assert profile is not None
        assert profile["name"] == "Boko Haram"
        assert len(profile["events"]) == 2
        assert profile["n_articles"] == 2
        assert profile["relations"][0]["relation"] == "fights"
        assert profile["relations"][0]["target"] == "Military Forces of Nigeria"
        assert q.actor_profile(store, "Islamic State West Africa Provnce")["name"].startswith("Islamic")
        assert q.actor_profile(store, "Al Shabaab") is None
        names = [a["name"] for a in q.list_actors(store)]
        assert names.count("Boko Haram") == 1


def test_odd_characters_survive_with_offsets(store_url: str) -> None:
    """Odd characters survive with offsets."""
    text = "Militants\x00 attacked Ségou’s market 🙁 on Monday; 3 killed."
    doc = market_document("odd-1")
    doc.article.text = text
    doc.events[0].evidence = []
    doc.events[0].add_evidence("event", text.index("attacked"), text.index("attacked") + 8, text)
    doc.actors = []
    doc.relations = []
    doc.sources = []
    doc.events[0].actors = []
    with Store(store_url) as store:
        assert store.save_document(doc)
        record = q.get_event(store, "odd-1:e1")
    stored = record["article"]["text"]
    assert len(stored) == len(text)  # NUL replaced one-for-one: offsets still index the text
    ev = record["evidence"][0]
    assert stored[ev["start"] : ev["end"]] == "attacked"
