"""An event's country when the text names no place the gazetteer knows under that spelling:
misspelt large places, plural demonyms, unit words, and groups named after another country."""

from __future__ import annotations

import re

import pytest
from geo_docs import geocoded_document as _document

from eventcoder.document import Actor, Article, Document, Event, EventActor, Mention
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.geocode import geocode_stage


def _country(doc: Document) -> str | None:
    loc = doc.events[0].location
    return loc.country_code if loc is not None else None


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("A group of students held a demonstration in Mahajanaga on Monday.", "demonstration", "MG"),
    ("A protest march was organised in Sdi Bouzid on Tuesday.", "march", "TN"),
    ("Protesters blocked roads in Pietermartizburg on Friday.", "blocked", "ZA"),
    ("Gunmen attacked a bus in Maidugri on Friday.", "attacked", "NG"),
    ("Unemployed youths protested outside the job centre in Sougeur on Sunday.", "protested", "DZ"),
])
def test_a_misspelt_large_place_gives_the_country_when_nothing_else_does(
        text: str, trigger: str, code: str) -> None:
    doc = _document(text, trigger)
    assert _country(doc) == code
    assert any("spelling close to" in " ".join(s.reasons) for r in doc.toponyms
               for s in getattr(r, "ranked", [])) or doc.toponyms


def test_a_short_unknown_name_stays_unplaced_with_a_reason() -> None:
    doc = _document("Riots broke out in Nefa on Monday.", "Riots")
    assert _country(doc) is None
    assert doc.events[0].notes["location"]


def test_the_world_wide_match_is_not_tried_when_the_text_names_a_country() -> None:
    # Kenya is named: the near spelling of Madagascar's Mahajanga is no candidate
    doc = _document("Police in Kenya said students held a demonstration in Mahajanaga.",
                    "demonstration")
    assert _country(doc) != "MG"


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Hundreds of unemployed Algerians protested outside a job centre over hiring quotas.", "protested", "DZ"),
    ("Hundreds of Kenyans marched against the new tax law on Monday.", "marched", "KE"),
    ("Angry Zimbabweans blocked roads to protest fuel prices on Friday.", "blocked", "ZW"),
    ("Hundreds of Nigerians marched against fuel prices on Monday.", "marched", "NG"),
])
def test_a_plural_demonym_is_a_country_adjective(text: str, trigger: str, code: str) -> None:
    assert _country(_document(text, trigger)) == code


def test_a_plural_demonym_the_parser_does_not_tag_gives_nothing() -> None:
    # a known limit: spaCy's md model misses 'Tunisians' here, and unknown stays null
    doc = _document("Thousands of Tunisians rallied against the finance law on Sunday.", "rallied")
    assert _country(doc) is None


def test_a_named_place_outweighs_a_plural_demonym() -> None:
    doc = _document("Somalis living in Nairobi protested against police raids.", "protested")
    assert _country(doc) == "KE"


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Fighting broke out between herders and farmers in Lau LGA, with Donadda and Katibu burnt.",
     "Fighting", "NG"),
    ("Police said three were killed in Soliman district when gunmen attacked a cafe.", "killed",
     "TN"),
    ("Two people were killed in a clash between two clans in Wajir County on Tuesday.", "killed",
     "KE"),
])
def test_a_unit_word_makes_a_small_unit_name_credible(text: str, trigger: str, code: str) -> None:
    assert _country(_document(text, trigger)) == code


def _with_mentioned_actor(text: str, trigger: str, name: str, cc: str) -> Document:
    doc = Document(article=Article(id="t", text=text))
    doc._doc = load_nlp()(text)
    m = re.search(trigger, text)
    assert m is not None
    event = Event(id="e1", _sentences=[0], _mentions=[(m.start(), m.end())])
    mentions = [Mention(x.start(), x.end(), x.group(0)) for x in re.finditer(re.escape(name), text)]
    doc.actors.append(Actor(actor_id="a1", name=name, kind="armed group", country=cc, known=True,
                            mentions=mentions))
    event.actors.append(EventActor(name=name, actor_id="a1"))
    doc.events.append(event)
    geocode_stage(doc)
    return doc


def test_a_group_named_after_another_countrys_adjective_is_that_countrys() -> None:
    text = "Ugandan People's Defence Force soldiers shot dead two smugglers on Friday."
    assert _country(_with_mentioned_actor(text, "shot", "People's Defence Force", "MM")) == "UG"
    text = "People's Defence Force fighters ambushed a junta convoy on Friday."
    assert _country(_with_mentioned_actor(text, "ambushed", "People's Defence Force", "MM")) == "MM"


def test_a_unit_word_does_not_pull_a_namesake_unit_from_another_country() -> None:
    doc = _document("Police in Cairo said three people were hurt when a gas cylinder exploded in a "
                    "flat in Haram district of Giza.", "exploded")
    assert _country(doc) == "EG"
    assert all(t.country_code == "EG" for t in doc.toponyms)  # no Haram in Norway


def test_a_plural_demonym_votes_but_is_no_toponym() -> None:
    doc = _document("Hundreds of Kenyans marched against the new tax law on Monday.", "marched")
    assert _country(doc) == "KE" and doc.toponyms == []


@pytest.mark.parametrize(("text", "trigger", "source", "code"), [
    # outlets seen once in training (Niger; Kenya): a hint that must not make the town incredible
    ("A MINUSMA truck hit an IED near Kidal on Monday, damaging the vehicle.", "IED",
     "Menastream", "ML"),
    ("Opposition supporters were injured as their convoy left Basse on Friday.", "injured",
     "Zambezian", "GM"),
])
def test_an_outlet_seen_once_does_not_veto_a_named_place(text: str, trigger: str, source: str,
                                                        code: str) -> None:
    assert _country(_document(text, trigger, source=source)) == code


@pytest.mark.parametrize(("text", "trigger", "party", "code"), [
    ("Two buses were torched in Barcelona, Ward 40, by party members angry with the list.",
     "torched", "African National Congress", "ZA"),
    ("Party youths beat up vendors in Chesterfield on Monday.", "beat", "ZANU-PF", "ZW"),
    ("Party supporters clashed with police in Philippi on Tuesday.", "clashed",
     "Economic Freedom Fighters", "ZA"),
])
def test_a_home_party_outvotes_a_lone_namesake_town_abroad(text: str, trigger: str, party: str,
                                                          code: str) -> None:
    doc = _document(text, trigger, actors=[(party, "political party", code, True)])
    assert _country(doc) == code
    assert "matched only a place" in doc.events[0].notes["location"]


def test_an_armed_group_alone_still_does_not_outvote_a_named_town() -> None:
    # armed groups cross borders (al-Shabaab in Mandera): the named town stands
    doc = _document("Militants attacked a police post in Mandera on Monday.", "attacked",
                    actors=[("Al-Shabaab", "armed group", "SO", True)])
    assert _country(doc) == "KE"
