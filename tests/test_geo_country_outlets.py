"""Outlets the training data never saw, and the evidence that may move a place the text names."""

from __future__ import annotations

from geo_docs import geocoded_document

from eventcoder.document import Event
from eventcoder.geoparser.outlet_languages import foreign_country
from eventcoder.geoparser.publishers import (
    MIN_PUBLISHER_SHARE,
    firm_publisher_votes,
    outlet_shares,
    publisher_table,
)


def _located(text: str, trigger: str, source: str | None = None) -> Event:
    return geocoded_document(text, trigger, source).events[0]


def test_titles_name_their_country_in_french_and_portuguese() -> None:
    assert foreign_country("Tout sur l'Algérie") == "DZ"
    assert foreign_country("Le Quotidien Camerounais") == "CM"  # Cameroun + -ais
    assert foreign_country("Radio Tchadienne") == "TD"  # Tchad + -ienne
    assert foreign_country("Le Marocain") == "MA"
    assert foreign_country("Jornal Angolano") == "AO"
    assert foreign_country("Notícias de Moçambique") == "MZ"
    assert foreign_country("Tunisie Numérique") == "TN"


def test_titles_without_one_country_name_none() -> None:
    assert foreign_country("Le Pays") is None
    assert foreign_country("Jeune Afrique") is None  # a continent
    assert foreign_country("Agence Congolaise de Presse") is None  # the two Congos
    assert foreign_country("Le Soleil") is None


def test_unseen_outlet_reads_its_country_from_its_title() -> None:
    assert outlet_shares("Le Quotidien Camerounais") == {"CM": 0.75}
    assert outlet_shares("Radio France Internationale") == {}  # a broadcaster for the world


def test_title_naming_a_country_beats_the_city_it_is_published_in() -> None:
    assert outlet_shares("New Zimbabwe (London)") == {"ZW": 0.75}  # an outlet in exile
    assert set(outlet_shares("Some Weekly (Nairobi)")) == {"KE"}


def test_outlet_name_learned_in_two_countries_is_no_evidence() -> None:
    table = publisher_table()
    qualified = {cc for key, shares in table.items() if key.startswith("daily news ")
                 for cc in shares}
    assert len(qualified) > 1, "the prior learned 'Daily News' of several countries"
    assert outlet_shares("Daily News") == {}


def test_outlet_seen_once_is_not_firm_evidence() -> None:
    once = next(k for k, v in publisher_table().items() if len(v) == 1
                and next(iter(v.values())) <= MIN_PUBLISHER_SHARE and len(k) > 8)
    cc = next(iter(publisher_table()[once]))
    assert firm_publisher_votes(once) == {}
    assert set(firm_publisher_votes(once, readings={cc})) == {cc}  # still picks among readings
    assert set(firm_publisher_votes("Daily Nation (Kenya)")) == {"KE"}


def test_outlet_seen_once_does_not_move_a_named_province() -> None:
    once = next(k for k, v in publisher_table().items() if set(v) == {"CD"}
                and v["CD"] <= MIN_PUBLISHER_SHARE)
    event = _located("Gunmen looted a gold mining site near Djibo, Soum Province, on Monday.",
                     "looted", source=once)
    assert event.location is not None and event.location.country_code == "BF"


def test_country_adjective_alone_does_not_move_a_large_city() -> None:
    for text, trigger, cc in [
        ("200 Malawian migrants marched to Parliament in Cape Town on Tuesday.", "marched", "ZA"),
        ("Libyan traders burnt tyres and blocked the road in Ben Gardane.", "burnt", "TN"),
        ("Nigerien herders clashed with farmers in Kano on Sunday.", "clashed", "NG"),
    ]:
        event = _located(text, trigger)
        assert event.location is not None and event.location.country_code == cc, text


def test_country_adjective_still_moves_a_village_abroad() -> None:
    # 'Selea' is only a village of the Comoros in the gazetteer: the adjective names the country
    event = _located("Sudanese police arrested a farmer in Selea on Monday.", "arrested")
    assert event.location is not None and event.location.country_code == "SD"


def test_alternate_spelling_of_a_large_town_is_no_protection() -> None:
    # 'Kafe' is only an alternate name of Zambia's Kafue: the adjective's country wins
    event = _located("Villagers in Kafe stoned two Malawian police officers on Friday.", "stoned")
    assert event.location is not None and event.location.country_code == "MW"


def test_unit_nouns_of_one_country_name_it() -> None:
    from eventcoder.geoparser.unit_words import unit_word_countries

    assert unit_word_countries("raiders struck Yirol payam on Sunday") == {"SS"}
    assert unit_word_countries("in Dodota woreda of Arsi zone") == {"ET"}
    assert unit_word_countries("in the Cercle of Bandiagara") == {"ML"}
    assert unit_word_countries("in Ika North-East Local Government Area") == {"NG"}
    assert unit_word_countries("officers dined at the Cercle Militaire") == set()
    assert unit_word_countries("in Nakuru county, Kenya") == set()  # many countries have counties


def test_unit_noun_moves_a_name_that_matched_a_place_abroad() -> None:
    # 'Leer' is also a German town; the payam says South Sudan
    event = _located("Gunmen attacked cattle keepers in Leer, Adok payam, on Monday.", "attacked")
    assert event.location is not None and event.location.country_code == "SS"
    event = _located("Unknown gunmen killed a herder in Lere, Bandiagara cercle.", "killed")
    assert event.location is not None and event.location.country_code == "ML"
