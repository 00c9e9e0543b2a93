"""Event places outside the regions the rules grew on: currency words, organisation names, units in
brackets, unit words before and after names, English forms of unit names (hand-written sentences)."""

from __future__ import annotations

import re

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.geoparser.context import economic_modifier, in_unit_brackets
from eventcoder.geoparser.gazetteer_names import display_name
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.geocode import geocode_stage


def _event(text: str, trigger: str, source: str | None = None) -> Event:
    """The one event triggered by ``trigger`` in ``text``, placed by the geocode stage."""
    doc = Document(article=Article(id="t", text=text, source=source))
    doc._doc = load_nlp()(text)
    m = re.search(trigger, text)
    sents = list(doc._doc.sents)
    si = next(k for k, s in enumerate(sents) if s.start_char <= m.start() < s.end_char)
    doc.events.append(Event(id="e1", _sentences=[si], _mentions=[(m.start(), m.end())]))
    geocode_stage(doc)
    return doc.events[0]


@pytest.mark.parametrize("text,trigger,country", [
    ("Youths angry at the soaring US dollar exchange rate hurled stones at a currency shop in "
     "Sidon.", "hurled", "LB"),
    ("Traders protested in Bulawayo against the falling South African rand and high prices.",
     "protested", "ZW"),
    ("Workers marched in Kano against the weak Nigerian economy and rising prices.", "marched", "NG"),
    ("Students rallied in Lahore as the Pakistani rupee fell against the dollar.", "rallied", "PK"),
])
def test_a_currency_or_economy_names_no_place(text, trigger, country):
    loc = _event(text, trigger).location
    assert loc is not None and loc.country_code == country


def test_economic_modifier_reads_only_the_word_after_the_name():
    text = "the US dollar; the Turkish lira; US-dollar prices; US troops; Lebanese army"
    spans = [(m.start(), m.end()) for m in re.finditer(r"US|Turkish|Lebanese", text)]
    assert [economic_modifier(text, e) for _, e in spans] == [True, True, True, False, False]


@pytest.mark.parametrize("text,trigger,name,admin1,country", [
    ("Suspected militants attacked Nangade village (Mueda, Cabo Delgado) at night.", "attacked",
     None, "Cabo Delgado", "MZ"),
    ("Gunmen abducted a teacher in Tin-Akoff (Oudalan), according to local sources.", "abducted",
     None, "Sahel", "BF"),
    ("Coalition airstrikes targeted Sirwah district (Marib) on Friday.", "airstrikes", None,
     "Marib", "YE"),
])
def test_units_in_brackets_after_a_name_place_the_event(text, trigger, name, admin1, country):
    loc = _event(text, trigger).location
    assert (loc.admin1, loc.country_code) == (admin1, country)


def test_in_unit_brackets_needs_a_name_before_the_bracket():
    text = "raided Mbau village (Beni, Nord-Kivu). The army (FARDC) said"
    assert in_unit_brackets(text, text.index("Beni"))
    assert in_unit_brackets(text, text.index("Nord"))
    assert not in_unit_brackets("Police (in Kano) said", len("Police (in "))


@pytest.mark.parametrize("text,trigger,city,org", [
    ("Students of Ibadan University protested on Monday against higher fees.", "protested",
     "Ibadan", "Ibadan University"),
    ("Journalists staged a sit-in outside the Peshawar Press Club over a colleague's killing.",
     "sit-in", "Peshawar", "Peshawar Press Club"),
    ("Members of the Mombasa port workers' union went on strike over unpaid wages.", "strike",
     "Mombasa", "Mombasa port workers' union"),
])
def test_a_place_inside_an_organisation_name_is_a_noted_fallback(text, trigger, city, org):
    event = _event(text, trigger)
    assert (event.location.name, event.location.precision) == (city, "city")
    assert org in event.notes["location"] and "organisation" in event.notes["location"]


def test_a_real_place_beats_the_organisation_name():
    event = _event("Students of Ibadan University protested in Lagos on Monday.", "protested")
    assert event.location.name == "Lagos" and "organisation" not in event.notes.get("location", "")


@pytest.mark.parametrize("text,trigger,admin1,country", [
    ("Troops shelled positions in Hpakant Township, Kachin State.", "shelled", "Kachin", "MM"),
    ("Bandits killed ten villagers in Maru LGA of Zamfara State.", "killed", "Zamfara", "NG"),
    ("Police clashed with protesters in Kharian tehsil of Gujrat district.", "clashed", "Punjab",
     "PK"),
    ("Shelling hit houses in Avdiivka, Donetsk oblast.", "Shelling", "Donetsk", "UA"),
    ("Protesters blocked a road in Qena governorate.", "blocked", "Qena", "EG"),
    ("Gunmen killed three farmers in the municipio de Tierralta, Cordoba.", "killed", "Cordoba",
     "CO"),
    ("Jihadists attacked an army camp in the cercle de Douentza.", "attacked", "Mopti", "ML"),
])
def test_unit_words_before_or_after_a_name(text, trigger, admin1, country):
    loc = _event(text, trigger).location
    assert (loc.admin1, loc.country_code) == (admin1, country)


def test_unit_names_in_their_english_form():
    assert display_name("Donetska oblast", ["Donetsk", "Donetsk Oblast"]) == "Donetsk"
    assert display_name("Zābul", ["Zabul Province", "Zobul viloyati"]) == "Zabul"
    assert display_name("Tərtər", ["Tartar District", "Tərtər rayonu"]) == "Tartar"
    assert display_name("Maryland", ["State of Maryland"]) == "Maryland"  # English already


def test_publisher_only_country_says_so():
    event = _event("Unknown assailants torched a lorry overnight.", "torched",
                   source="Daily Nation")
    assert (event.location.name, event.location.precision) == ("Kenya", "country")
    assert event.notes["location"].endswith("country from the publisher alone")
    named = _event("Somali gunmen torched a lorry overnight.", "torched", source="Daily Nation")
    assert "publisher alone" not in named.notes.get("location", "")


def test_letters_without_a_decomposition_fold_as_english_spells_them():
    from eventcoder.geoparser.names import norm

    assert [norm(n) for n in ("Bakırköy", "Diyarbakır", "Tərtər", "Łódź")] == [
        "bakirkoy", "diyarbakir", "terter", "lodz"]


@pytest.mark.parametrize("text,trigger,point", [
    ("Some 40 students staged a protest in Mogilev in solidarity with the arrested strikers in "
     "Brest.", "protest", (53.91, 30.34)),
    ("Nurses rallied in Kisumu in solidarity with the striking doctors in Nairobi.", "rallied",
     (-0.10, 34.75)),
])
def test_a_place_named_in_solidarity_is_the_other_event(text, trigger, point):
    from eventcoder.geoparser.resolve import haversine_km

    loc = _event(text, trigger).location
    assert haversine_km(loc.lat, loc.lon, *point) < 30


@pytest.mark.parametrize("text", [
    "On 3 June 2020, the OSCE SMM recorded 20 bursts of fire near Bolotene.",
    "On 4 June 2020, the SMM observed 7 projectiles involving unknown weapons near a village.",
])
def test_a_monitoring_mission_report_is_an_event_in_the_mission_host(text):
    from eventcoder.eval.acled import primary_event
    from eventcoder.pipeline import default_pipeline

    event = primary_event(default_pipeline()(Article(id="m", text=text)))
    assert event is not None and event.location is not None
    assert event.location.country_code == "UA"
