"""The spelling of a place the gazetteer lacks tips a cross-border group's theatre: villages are
written in their country's orthography ('Bouldoukoura' in French-speaking Cameroon, 'Kwarangwari'
in Nigeria), but a publisher still outweighs it."""

from __future__ import annotations

from geo_docs import geocoded_document

from eventcoder.geoparser.spelling import reweigh, spelling_likelihoods
from eventcoder.resolve.event_location.unknown_places import unknown_place_names

BOKO = [("Boko Haram", "armed group", "NG", True)]


def test_french_and_english_orthography_tell_cameroon_from_nigeria() -> None:
    for name in ("Mbouroukoudja", "Bouldoukoura", "Mayo-Ouldémé"):
        likes = spelling_likelihoods([name], ["NG", "CM"])
        assert likes["CM"] > likes["NG"], name
    for name in ("Kwarangwari", "Gidan Bakura", "Kawuri"):
        likes = spelling_likelihoods([name], ["NG", "CM"])
        assert likes["NG"] > likes["CM"], name


def test_reweighing_keeps_the_groups_whole_vote_and_needs_two_countries() -> None:
    votes = {"NG": 1.2, "CM": 0.5, "NE": 0.2}
    moved = reweigh(votes, ["Bouldoukoura"])
    assert abs(sum(moved.values()) - sum(votes.values())) < 1e-9 and moved["CM"] > votes["CM"]
    assert reweigh({"NG": 1.5}, ["Bouldoukoura"]) == {"NG": 1.5}
    assert reweigh(votes, []) == votes


def test_an_unknown_village_spelt_the_french_way_puts_a_boko_haram_raid_in_cameroon() -> None:
    for text in ("Boko Haram fighters stormed Bouldoukoura village at dawn, killing four herders.",
                 "Two vigilantes were killed when Boko Haram raided Tchakamari and Zouelaba."):
        event = geocoded_document(text, "stormed|killed", actors=BOKO).events[0]
        assert event.location.country_code == "CM", text
        assert "spelt as CM's places" in event.notes["location"]
    text = "Suspected Boko Haram insurgents attacked Kwarangwari village, killing six farmers."
    assert geocoded_document(text, "attacked", actors=BOKO).events[0].location.country_code == "NG"


def test_a_publisher_outweighs_the_spelling() -> None:
    text = "Boko Haram fighters stormed Bouldoukoura village at dawn, killing four herders."
    event = geocoded_document(text, "stormed", source="Vanguard (Lagos)", actors=BOKO).events[0]
    assert event.location.country_code == "NG"
    assert "spelt" not in event.notes["location"]


def test_unknown_place_names_are_the_texts_places_the_gazetteer_lacks() -> None:
    doc = geocoded_document("Militants raided Mbouroukoudja and Zouelaba near Maroua, then moved "
                            "into Tchakamari village in the night.", "raided")
    # Maroua is a known town; the night is no place
    assert unknown_place_names(doc) == ["Mbouroukoudja", "Zouelaba", "Tchakamari"]
    doc = geocoded_document("Gunmen shot a trader at Kawuri market in Borno State.", "shot")
    assert unknown_place_names(doc) == ["Kawuri"]
