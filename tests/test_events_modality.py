"""Violence a speaker asks for, wants stopped, supposes or only says is no incident; the same
words about a real, anchored incident still make one. Sentences written for these tests, in the
style of several outlets and countries."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

INCIDENT = "Gunmen killed five villagers in Zamfara on Monday. "

NOT_ASSERTED = [
    # stopped or prevented
    "The minister announced new measures to prevent judges from being murdered in Bogota.",
    "The bishops of Kaduna demanded that the militias stop their attacks and murders.",
    "The accord commits both sides to abstain from any form of attack on health workers.",
    "Activists in Kabul urged the government to halt the murder of journalists.",
    "The rebels in Mindanao have vowed to refrain from kidnapping foreigners during the talks.",
    "The only group outside the talks in Colombia ceased bombing pipelines in August.",
    # planned or ordered, down a list of verbs
    "Border guards in Kharkiv were told to be ready to track, jam, capture or shoot "
    "down incoming drones.",
    "The rebels in Tigray threatened to storm the town and kill its mayor.",
    # a suspicion of a kind of crime
    "Police in Karachi said nine of the detained men are implicated in robberies and murders.",
    # called for
    "The opposition leader in Caracas publicly called for the assassination of the president.",
    "A cleric in Peshawar urged the killing of the cartoonists, the ministry said.",
    # supposed
    "If the gangs keep shooting at commuters in Port-au-Prince, they will get no amnesty.",
    "Unless the talks resume, the rebels in Darfur say they will continue bombing army positions.",
    # a kind of act, not one incident
    "The unit has been accused of tolerating the torture and abduction of student "
    "leaders.",
    "Critics say the decree legalises censorship, the shelling of villages and the starving of "
    "the north.",
    "Human rights groups in Manila have long denounced the killing of drug suspects by police.",
    # what someone does, told in the present
    "The governor in Maiduguri said the insurgents who attack farming villages are "
    "short of fuel.",
    "Washington cannot support a government in Managua that bombs its own people.",
    # said
    "The president has stepped up his criticisms and attacks on the opposition in Harare.",
    "The premier has toned down his remarks on Brussels, but has sharpened his attacks on the "
    "Hungarian opposition.",
]

STILL_INCIDENTS = [
    # a stopping word about a real attack with its own place, day and toll
    ("Soldiers prevented an attack on the market in Gao on Sunday, killing two gunmen.", "Battles"),
    ("Police stopped a suicide bomber at a checkpoint in Maiduguri on Monday.",
     "Explosions/Remote violence"),
    # a call after an incident: the incident stays
    ("A bomb exploded at a bus station in Quetta on Friday, killing seven people, and the governor "
     "called for calm.", "Explosions/Remote violence"),
    # one killing of people the report counts or places
    ("Activists condemned the killing of protesters in Khartoum on Monday.",
     "Violence against civilians"),
    ("Rights groups demanded an inquiry into the murder of six priests in San Salvador.",
     "Violence against civilians"),
    # 'in charge of' is no charge
    ("A prosecutor in charge of investigating the killing of a mayor and two councillors "
     "in Guerrero resigned today.", None),
    # a demonstration stopped and dispersed by police happened
    ("Striking nurses marching in Lilongwe were stopped and dispersed by the police on Monday.",
     None),
    # police acting to prevent a demonstration that goes on
    ("Security forces deployed throughout Aden on Monday to prevent ongoing protests in the city.",
     "Protests"),
    # a thwarted attack whose defenders killed and injured fighters
    ("Troops in Kidal said they repelled an assault by jihadist fighters on Monday, killing "
     "and wounding several of the attackers.", "Battles"),
    # 'if' asking whether supposes nothing
    ("Soldiers opened fire on villagers in Gao on Sunday; it is not clear if anyone was hurt.",
     None),
    # verbs of one incident listed together
    ("Gunmen stormed the town of Kidal on Sunday and killed its mayor.",
     "Violence against civilians"),
    # news told as it happens
    ("Residents fled from helicopters which are now bombing the outskirts of Khartoum.",
     "Explosions/Remote violence"),
    ("Three villagers have been killed by armed herders who are fighting over grazing land in "
     "Benue State.", None),
    # an attack on a place, not on words
    ("Militants stepped up their attacks on army posts in Sinai on Tuesday, killing four soldiers.",
     None),
]


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


@pytest.mark.parametrize("sentence", NOT_ASSERTED)
def test_unasserted_violence_adds_no_incident(events_pipeline, sentence):
    text = INCIDENT + sentence
    events = events_pipeline(Article(id="m", text=text, published="2021-05-04")).events
    assert len(events) == 1, [(e.event_type, e.trigger) for e in events]
    assert all(start < len(INCIDENT) for start, _ in events[0]._mentions)


@pytest.mark.parametrize("sentence, event_type", STILL_INCIDENTS)
def test_anchored_incidents_with_the_same_words_stay(events_pipeline, sentence, event_type):
    events = events_pipeline(Article(id="m", text=sentence, published="2021-05-04")).events
    assert events, sentence
    assert all(e.confidence > 0.35 for e in events)
    if event_type is not None:
        assert event_type in [e.event_type for e in events]
