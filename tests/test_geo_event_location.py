"""Event locations on the reference article and on hand-written sentences (Events built here)."""

from __future__ import annotations

import re

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.geoparser.distance import haversine_km
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.geocode import geocode_stage


def _document(text: str, triggers: list[tuple[str, int]]) -> Document:
    doc = Document(article=Article(id="t", text=text))
    doc._doc = load_nlp()(text)
    sents = list(doc._doc.sents)
    for n, (pattern, occurrence) in enumerate(triggers, start=1):
        m = list(re.finditer(pattern, text))[occurrence]
        si = next(k for k, s in enumerate(sents) if s.start_char <= m.start() < s.end_char)
        doc.events.append(Event(id=f"e{n}", _sentences=[si], _mentions=[(m.start(), m.end())]))
    geocode_stage(doc)
    return doc


@pytest.fixture(scope="module")
def seed_doc(seed_txt):
    return _document(seed_txt, [(r"stormed", 0), (r"bombings", 0), (r"had sent", 0),
                                (r"went to fight", 0)])


def test_seed_karachi_attack(seed_doc):
    loc = seed_doc.events[0].location
    assert (loc.name, loc.admin1, loc.country_code, loc.precision) == (
        "Karachi", "Sindh", "PK", "city")
    assert haversine_km(loc.lat, loc.lon, 24.86, 67.01) < 50
    ev = [e for e in seed_doc.events[0].evidence if e.field == "location"][0]
    assert seed_doc.text[ev.start:ev.end] == ev.text == loc.text


def test_seed_quetta_bombings(seed_doc):
    loc = seed_doc.events[1].location
    assert (loc.name, loc.admin1, loc.country_code) == ("Quetta", "Balochistan", "PK")
    assert haversine_km(loc.lat, loc.lon, 30.19, 67.01) < 50


def test_seed_base_and_destinations_are_not_locations(seed_doc):
    assert len(seed_doc.events) > 2  # the later events name the bases and destinations
    for event in seed_doc.events[2:]:
        assert event.location.name not in ("Punjab", "Syria", "Iraq")


def test_seed_toponyms_cover_every_place(seed_doc):
    names = {t.name for t in seed_doc.toponyms}
    assert {"Karachi", "Quetta", "Pakistan", "Syria", "Iraq", "Sindh", "Punjab"} <= names
    for t in seed_doc.toponyms:
        assert seed_doc.text[t.start:t.end] == t.text


def test_missing_village_falls_back_to_named_district():
    doc = _document("Two men were shot dead in Kholabaria village of Jessore district on Friday.",
                    [(r"shot dead", 0)])
    loc = doc.events[0].location
    assert loc.country_code == "BD" and loc.name in ("Jessore", "Jashore")
    assert loc.precision in ("admin2", "city")


def test_speaker_location_is_not_the_event_place():
    doc = _document("A bomb exploded at a market in Maiduguri, killing four people, a military "
                    "spokesman told reporters in Abuja.", [(r"exploded", 0)])
    assert doc.events[0].location.name == "Maiduguri"
    assert doc.events[0].location.admin1 == "Borno"


def test_dateline_places_an_event_without_a_place():
    doc = _document("MOGADISHU (Reuters) - Gunmen killed three soldiers on Monday, police said.",
                    [(r"killed", 0)])
    assert doc.events[0].location.name == "Mogadishu"
    assert doc.events[0].location.country_code == "SO"


def test_spelling_variant_resolves_within_the_article_country():
    doc = _document("Somali troops clashed with al Shabaab fighters in Bossaso town on Monday, "
                    "and later near Galkayo, Somalia.", [(r"clashed", 0)])
    loc = doc.events[0].location
    assert loc.country_code == "SO" and loc.name in ("Bosaso", "Bossaso")
    assert any(t.text == "Bossaso" for t in doc.toponyms)


def test_a_group_base_does_not_place_the_event():
    doc = _document("Gunmen from the Punjab-based group attacked a checkpoint in Peshawar.",
                    [(r"attacked", 0)])
    assert doc.events[0].location.name == "Peshawar"


def test_no_place_gives_null_location_with_a_reason():
    doc = _document("Unidentified gunmen killed two people on Tuesday.", [(r"killed", 0)])
    assert doc.events[0].location.name is None
    assert doc.events[0].location.precision == "unknown"
    assert "location" in doc.events[0].notes


def test_where_the_police_spoke_is_not_where_it_happened():
    doc = _document("Gunmen killed five villagers in Zamfara State, police in Gusau said on Tuesday.",
                    [(r"killed", 0)])
    loc = doc.events[0].location
    assert (loc.name, loc.precision, loc.country_code) == ("Zamfara", "admin1", "NG")


def test_destination_of_the_event_movement_is_its_place():
    doc = _document("Armed men advanced into the Dekoa area and occupied the sub-prefecture.",
                    [(r"occupied", 0)])
    assert doc.events[0].location.name == "Dekoa"
    assert doc.events[0].location.country_code == "CF"


def test_place_noun_of_a_town_makes_it_the_where():
    doc = _document("Scores of traders took to the streets of Techiman in the Bono East "
                    "Region on Monday to protest.", [(r"protest", 0)])
    assert doc.events[0].location.name == "Techiman"


def test_headline_clause_place_beats_a_road_named_later(pipeline):
    from eventcoder.eval.acled import primary_event

    doc = pipeline(Article(
        id="t", text="Riots erupted in Mellouleche over the closure of the fish market. "
        "Young men burned tyres to cut the road between Sfax and Chebba."))
    event = primary_event(doc)
    assert event is not None and event.event_type == "Riots"
    assert event.location.name == "Melloulèche"


def test_a_variant_name_abroad_does_not_discredit_a_local_town(pipeline):
    doc = pipeline(Article(
        id="t", text="Armed men fought for hours in the town of Kémbé on Sunday. Order was "
        "restored by peacekeepers sent from Dimbi (17 km west of Kembé)."))
    assert doc.events[0].location.name == "Kembé"


def test_place_of_an_earlier_cause_is_not_the_events():
    doc = _document("Students marched on Monday in Lupane, following the university games in "
                    "Bulawayo, to demand their allowances.", [(r"marched", 0)])
    assert doc.events[0].location.name == "Lupane"
    doc = _document("Defection: a former member of Sudan's ruling party announced his defection "
                    "from the rebels to form a new movement in Eastern Equatoria.",
                    [(r"Defection", 0)])
    assert doc.events[0].location.name == "Eastern Equatoria"


def test_country_adjective_of_soil_says_where():
    doc = _document("A Burundian fisherman caught on Rwandan soil was shot dead by troops on Friday.",
                    [(r"shot", 0)])
    assert doc.events[0].location.country_code == "RW"


def test_city_of_a_country_name_is_a_town():
    doc = _document("Clashes broke out in the northern city of Mali on Saturday.", [(r"Clashes", 0)])
    assert doc.events[0].location.precision == "city"


def test_cp1252_punctuation_read_as_latin1_is_parsed_but_offsets_keep_the_text(pipeline):
    text = ("A car bomb went off on Friday near the main gate of Benghazi\x92s port "
            "and the fishermen\x92s market, killing three people.")
    doc = pipeline(Article(id="t", text=text))
    loc = doc.events[0].location
    assert loc.name == "Benghazi"
    assert doc.text == text and text[loc.start:loc.end] == loc.text == "Benghazi"
