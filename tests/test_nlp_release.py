"""A printed document's parse is freed by reference counting; memoised votes are handed out fresh."""

from __future__ import annotations

import gc
import weakref

from eventcoder.document import Article
from eventcoder.geoparser.leaders import leader_votes, mission_votes
from eventcoder.geoparser.publishers import publisher_votes
from eventcoder.nlp.doc_cache import release
from eventcoder.pipeline import default_pipeline

ARTICLES = [
    Article(id="ke", text="Gunmen killed three farmers near Garissa, Kenya, on Monday, police said.",
            source="Daily Nation (Kenya)"),
    Article(id="ml", text="Soldiers clashed with militants in Mopti region of Mali; two died.",
            source="Agence France Presse"),
]


def test_a_released_doc_is_freed_without_the_cycle_collector() -> None:
    document = default_pipeline()(ARTICLES[0])
    doc = document.spacy_doc
    assert any(str(k).startswith("eventcoder.") for k in doc.user_data)  # the stages memoised
    gone = weakref.ref(doc)
    text = doc.text
    release(doc)
    assert not any(str(k).startswith("eventcoder.") for k in doc.user_data)
    gc.disable()  # only reference counting may free it
    try:
        document._doc = None
        del doc
        assert gone() is None, "the released Doc is still held by a cycle"
    finally:
        gc.enable()
    assert text.startswith("Gunmen")


def test_release_keeps_the_output_and_a_released_doc_can_be_read_again() -> None:
    first = default_pipeline()(ARTICLES[1])
    before = first.to_dict()
    release(first.spacy_doc)
    assert first.to_dict() == before
    again = default_pipeline()(ARTICLES[1])
    assert again.to_dict()["events"] == before["events"]


def test_memoised_votes_are_fresh_counters_in_the_same_order() -> None:
    text = "President Museveni praised AMISOM troops; Museveni and President Kagame met in Kampala."
    first = leader_votes(text)
    first["XX"] = 9  # a caller adding to its votes must not change the next caller's
    assert "XX" not in leader_votes(text)
    assert list(leader_votes(text)) == [cc for cc in first if cc != "XX"]
    assert set(leader_votes(text)) == {"UG", "RW"}
    missions = mission_votes(text)
    missions["SO"] += 5
    assert mission_votes(text)["SO"] == missions["SO"] - 5
    outlet = publisher_votes("Daily Nation (Kenya)", "https://www.nation.africa/kenya/news")
    kenya = outlet["KE"]
    assert kenya > 0
    outlet["KE"] += 100
    assert publisher_votes("Daily Nation (Kenya)", "https://www.nation.africa/kenya/news")["KE"] \
        == kenya
