"""The place prior: names the training records coded, learned by `eventcoder fit places`, place
events the gazetteer cannot, and settle a namesake the text says nothing about."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from geo_docs import geocoded_document

from eventcoder.fit.places import count_places, write_place_prior
from eventcoder.resolve.event_location.place_prior import coded_country, prior_votes


def _line(location: str, country: str, admin1: str, lat: float, lon: float) -> dict:
    return {"id": "x", "text": "t", "gold": {"country": country, "admin1": admin1,
                                             "location": location, "lat": lat, "lon": lon}}


def test_fit_counts_countries_provinces_and_points(tmp_path: Path) -> None:
    lines = [_line("Kuchibiruma", "Kenya", "Siaya", 0.1, 34.2),
             _line("Kuchibiruma", "Kenya", "Siaya", 0.3, 34.4),
             _line("Kuchibiruma", "Uganda", "Busia", 0.5, 34.0),
             _line("Al", "Yemen", "Taizz", 13.0, 44.0)]  # too short a key to stand for a place
    table = count_places(lines)
    assert table == {"kuchibiruma": [["KE", 2, "Siaya", 0.2, 34.3], ["UG", 1, "Busia", 0.5, 34.0]]}
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out = tmp_path / "place_prior.yaml"
    assert write_place_prior([path], out) == {"lines": 4, "names": 1}
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["places"] == table


def test_a_name_coded_in_one_country_places_an_event_the_gazetteer_cannot() -> None:
    # 'Hulugho' (Garissa County, Kenya) is no GeoNames town of cities500; the records code it
    assert coded_country("hulugho") is not None
    event = geocoded_document("One man died when a land mine exploded in Hulugho on Monday.",
                              "exploded").events[0]
    assert event.location is not None and event.location.country_code == "KE"
    assert event.location.admin1 == "Garissa" and event.location.geonameid is None
    assert "training records" in event.notes["location"]


def test_the_prior_settles_a_namesake_only_among_the_names_readings() -> None:
    # 'Rafah' is a Palestinian city and an Egyptian town; the records code the name in Egypt
    assert prior_votes("rafah", {"PS", "EG"}) == {"EG": 1.0}
    assert prior_votes("rafah", {"PS"}) == {}
    # 'Beja': a Portuguese district and town and a Tunisian town, coded in Tunisia. (A bare
    # 'Rafah' is the Gaza city of 126,000, not the Sinai town of 44,000 the 2020 sample coded:
    # tests/test_places_prior_outsized.py.)
    event = geocoded_document("A roadside blast injured two conscripts outside the town of Beja.",
                              "blast").events[0]
    assert event.location is not None and event.location.country_code == "TN"


def test_the_text_and_the_capitals_outweigh_the_prior() -> None:
    event = geocoded_document("Hamas police dispersed protesters in Rafah, Gaza Strip.",
                              "dispersed").events[0]
    assert event.location is not None and event.location.country_code == "PS"
    # the sample codes Lebanon's Tripoli more often, but a bare 'Tripoli' is Libya's capital
    event = geocoded_document("A student was abducted in Tripoli on Sunday.", "abducted").events[0]
    assert event.location is not None and event.location.country_code == "LY"


def test_a_name_before_a_settlement_noun_counts_too() -> None:
    event = geocoded_document("Militants torched Hulugho village overnight.", "torched").events[0]
    assert event.location is not None and event.location.country_code == "KE"
