"""Mentions whose grammar says no deed took place: no participant, a figurative hostage, weapons
as goods. Sentences written for these tests (several countries), in mixed case and in capitals."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.extract.not_a_deed import kind_modifier, not_a_deed
from eventcoder.extract.weapon_goods import weapon_as_goods
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _token(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("No one was killed in the blast, police in Peshawar said.", "killed"),
    ("None of the aid workers is being held hostage, the ministry in Bamako said.", "held"),
    ("The whole peace process is hostage to the party bosses, an editorial in Lagos argued.",
     "hostage"),
    ("The unions are holding the city hostage with their strike.", "hostage"),
    ("Soldiers seized 26 mortars and 83 rocket launchers in the raid.", "mortars"),
    ("Ministers in Juba debated a shipment of weapons, including anti-tank missiles, bound for "
     "the militia.", "missiles"),
])
def test_no_deed(nlp, sentence, word):
    token = _token(nlp, sentence, word)
    assert not_a_deed(token) or weapon_as_goods(token)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Two people were killed in the blast.", "killed"),
    ("Gunmen are holding 40 passengers hostage on the train.", "hostage"),
    ("The kidnappers took two engineers hostage near Kaduna.", "hostage"),
    ("Rebels fired mortars at the airport in Mogadishu on Sunday.", "mortars"),
    ("A missile struck a market in Kharkiv.", "missile"),
    ("Al Shabaab carried out a mortar attack on the base near Galkayo.", "mortar"),
    ("Militants carried rifles and a mortar into the village and shot three farmers.", "shot"),
])
def test_deeds_stay(nlp, sentence, word):
    token = _token(nlp, sentence, word)
    assert not not_a_deed(token) and not weapon_as_goods(token)


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


SEIZURE = ("Troops searched a truck near the border crossing at Ruhwa on Friday and seized 12 "
           "mortars, 40 rifles and two rocket launchers, the army spokesman said.")
# A long statement (more than a short note's six sentences): violence at large, no incident.
BLOODSHED = (
    "The bishops of Cameroon met in Yaounde on Thursday. "
    "They called on both sides to end the bloodshed in the region. "
    "The bishops asked the government to reopen the schools. "
    "They also asked for aid to the displaced families. "
    "A delegation will visit Bamenda next month. "
    "The conference elected a new president. "
    "Its next meeting will be held in Douala."
)


@pytest.mark.parametrize("text", [SEIZURE, SEIZURE.upper(), BLOODSHED, BLOODSHED.upper()])
def test_no_violent_event_from_goods_or_violence_at_large(events_pipeline, text):
    events = events_pipeline(Article(id="g", text=text, published="2023-06-10")).events
    assert not [e for e in events if e.event_type in {"Violence against civilians",
                                                     "Explosions/Remote violence", "Battles"}]


def test_a_real_shelling_stays(events_pipeline):
    text = "Rebels fired mortars at the airport in Mogadishu on Sunday, killing two guards."
    for variant in (text, text.upper()):
        events = events_pipeline(Article(id="g", text=variant, published="2023-06-12")).events
        assert events and events[0].event_type in {"Explosions/Remote violence", "Battles"}


@pytest.mark.parametrize(("sentence", "word", "kind"), [
    ("The UN rapporteur on torture cases met officials in Lima.", "torture", True),
    ("Police broke up two kidnapping rings in Port-au-Prince.", "kidnapping", True),
    ("THE UN RAPPORTEUR ON TORTURE CASES MET OFFICIALS IN LIMA.", "TORTURE", True),
    ("The court reopened the murder case of the former minister.", "murder", False),
])
def test_a_kind_of_crime_modifying_a_noun(nlp, sentence, word, kind):
    doc = nlp(sentence)
    assert kind_modifier(next(t for t in doc if t.text == word), set()) is kind


def test_a_means_modifying_a_deed_noun_stays(nlp):
    doc = nlp("A car bomb attack killed four people in Mogadishu.")
    triggers = {t.i for t in doc if t.text in {"bomb", "attack", "killed"}}
    assert not not_a_deed(next(t for t in doc if t.text == "bomb"), triggers, "explosion")
