"""An event's country from the peoples it names ('clashes between Konkomba and Nanumba') and from
words the training records tie to one country ('Dharkenley'), when the text names no place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from geo_docs import geocoded_document

from eventcoder.document import Document
from eventcoder.fit.words import count_words, write_word_prior
from eventcoder.geoparser.peoples import people_countries
from eventcoder.resolve.event_location.word_prior import word_prior_country


def _country(doc: Document) -> str | None:
    loc = doc.events[0].location
    return loc.country_code if loc is not None else None


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Konkomba and Nanumba youths clashed over a chieftaincy dispute, leaving three dead.",
     "clashed", "GH"),
    ("Suspected Ijaw militants blew up a crude oil pipeline on Tuesday night.", "blew", "NG"),
    ("Dinka and Nuer youths fought over stolen cattle, killing five herders.", "fought", "SS"),
    ("Oromo students boycotted classes and marched against the new curriculum.", "marched", "ET"),
    ("Armed Lendu militiamen attacked a Hema village at dawn, killing four.", "attacked", "CD"),
    ("Maranao evacuees protested against the slow rebuilding of their homes.", "protested", "PH"),
    ("Tzotzil farmers were shot at by a paramilitary group, and two of them died.", "shot", "MX"),
    ("Abbala gunmen raided a farming village and stole livestock on Sunday.", "raided", "SD"),
])
def test_a_one_country_people_names_the_country_when_no_place_does(text: str, trigger: str,
                                                                    code: str) -> None:
    doc = geocoded_document(text, trigger)
    assert _country(doc) == code
    assert doc.events[0].location.geonameid is not None  # the country itself, not a guessed town


def test_peoples_across_borders_and_common_words_say_nothing() -> None:
    assert people_countries("Fulani herders and Hausa traders fled the market.") == set()
    assert people_countries("Tuareg fighters and Kurdish militias were named.") == set()
    assert people_countries("NASA said the fur trade is banned in Karen's town.") == set()
    assert people_countries("Hema-Lendu violence, Konkombas and Igbos") == {"CD", "GH", "NG"}


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Two Dinka traders were robbed and stabbed in Kampala on Friday.", "robbed", "UG"),
    ("Kenyan police arrested three Oromo men suspected of smuggling guns.", "arrested", "KE"),
])
def test_a_place_or_a_country_adjective_outweighs_a_people(text: str, trigger: str,
                                                           code: str) -> None:
    assert _country(geocoded_document(text, trigger)) == code


def _line(text: str, country: str) -> dict:
    return {"id": "x", "text": text, "gold": {"country": country}}


def test_fit_keeps_rare_words_well_above_their_countrys_share(tmp_path: Path) -> None:
    # Kenya has most lines: a word only Kenya's lines use is no better than the base rate, while
    # a word of Somalia's few lines is; the gazetteer's own names and common words are left out.
    lines = [_line(f"Protesters in Nairobi and Wanjirunge marched on day {i}.", "Kenya")
             for i in range(40)]
    lines += [_line(f"Gunmen shot a trader in Dhaqaneeyo near Mogadishu, report {i}.", "Somalia")
              for i in range(3)]
    lines += [_line("Police dispersed a crowd at the Dhaqaneeyo market.", "Kenya")]
    table = count_words(lines)
    assert table == {"Dhaqaneeyo": ["SO", 3, 4]}
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out = tmp_path / "word_prior.yaml"
    assert write_word_prior([path], out) == {"lines": 44, "words": 1}
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["words"] == table


def test_a_learned_word_names_the_country_only_when_nothing_else_does() -> None:
    # 'Garabulli' (a town east of Tripoli) is no GeoNames place under that spelling; the training
    # records tie it to Libya. A sentence's first word is capitalised anyway and is no evidence.
    assert word_prior_country("Gunmen shot a soldier from Garabulli.") == ("LY", ["Garabulli"])
    assert word_prior_country("Garabulli residents marched.") is None
    event = geocoded_document("Unknown gunmen from Garabulli kidnapped a shopkeeper on Monday.",
                              "kidnapped").events[0]
    assert event.location is not None and event.location.country_code == "LY"
    assert "training records" in event.notes["location"]
    doc = geocoded_document("Traders from Garabulli were robbed in Nairobi on Monday.", "robbed")
    assert _country(doc) == "KE"


def test_a_people_is_no_place_but_its_zone_after_a_locative_is() -> None:
    # GeoNames has a Nuer Zone (Ethiopia) and a Hema in Syria: 'Nuer youths' are people
    doc = geocoded_document("Nuer youths fought with the army near the border, killing two.",
                            "fought")
    assert not any(t.text == "Nuer" for t in doc.toponyms)
    doc = geocoded_document("Militiamen attacked a bus in Amhara on Friday, killing two.",
                            "attacked")
    assert _country(doc) == "ET" and doc.events[0].location.admin1 is not None


@pytest.mark.parametrize(("text", "trigger", "code", "city"), [
    ("Gunmen shot dead a district official near the market in Hamar Weyne on Friday.", "shot",
     "SO", "Mogadishu"),
    ("Residents of Gugulethu burnt tyres to protest against power cuts.", "protest", "ZA",
     "Cape Town"),
    ("Police fired tear gas at youths who blocked roads in Huruma on Monday.", "fired", "KE",
     "Nairobi"),
    ("Militiamen attacked women collecting firewood outside Zamzam camp.", "attacked", "SD",
     "El Fasher"),
    ("Vendors clashed with municipal police in Mbare over the demolition of stalls.", "clashed",
     "ZW", "Harare"),
])
def test_a_district_the_gazetteer_lacks_places_the_event_at_its_city(
        text: str, trigger: str, code: str, city: str) -> None:
    event = geocoded_document(text, trigger).events[0]
    assert event.location is not None and event.location.country_code == code
    assert event.location.name == city and "district of" in event.notes["location"]


def test_a_named_place_outweighs_a_district_name() -> None:
    event = geocoded_document("Two traders from Kibera were robbed in Kampala on Friday.",
                              "robbed").events[0]
    assert event.location is not None and event.location.country_code == "UG"
