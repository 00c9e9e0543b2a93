"""Doers named by an attack noun's by-phrase, claims of the act itself, a group's own account
("said it had bombed"), and claim or blame sentences far from the incident's own sentences
(sentences written for several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage
from tests.test_attribution_beyond_kb import perpetrators
from tests.test_attribution_forms import attribute


@pytest.mark.parametrize("text, name, attribution", [
    ("Nobody was injured in the raid on the naval depot by Red Star rebels.",
     "Red Star", "stated"),
    ("The ambush of a police patrol by Ogaden Liberation Army fighters left five officers "
     "dead near Degehabur.", "Ogaden Liberation Army", "stated"),
    ("The bombing of the bridge by the Karen National Union cut the road to Myawaddy.",
     "Karen National Liberation Army", "stated"),
    ("In a communique sent to a radio station, the Tupac Amaru Revolutionary Movement said it "
     "had bombed the embassy in Lima.", "Tupac Amaru Revolutionary Movement", "claimed"),
    ("The self-styled Zarate Willka Liberation Armed Forces sent notes to radio stations "
     "claiming the bombings in Cochabamba.", "Zarate Willka Liberation Armed Forces", "claimed"),
    ("The Jund al-Aqsa Brigade claimed the bombing of a checkpoint near Idlib.",
     "Jund al-Aqsa Brigade", "claimed"),
    ("Troops clashed with the Ogaden Liberation Army, which claimed responsibility for the "
     "ambush near Jijiga.", "Ogaden Liberation Army", "claimed"),
    ("The mayor, who was kidnapped on Monday, apparently by Karen National Union guerrillas, "
     "was found dead.", "Karen National Liberation Army", "suspected"),
    ("Guerrillas of the Red Dawn Brigade dynamited two power pylons near Cusco.",
     "Red Dawn Brigade", "stated"),
    ("Militants of the Jund al-Aqsa Brigade gunned down a judge in Idlib.",
     "Jund al-Aqsa Brigade", "stated"),
    ("The bridge was blown up by the Karen National Union on Monday.",
     "Karen National Liberation Army", "stated"),
    ("Three members of the Red Dawn Brigade were arrested in Arequipa in connection with the "
     "attack on the senator.", "Red Dawn Brigade", "suspected"),
    ("Police charged two members of the Mungiki sect with the murder of a chief in Nyeri.",
     "Mungiki", "accused"),
    ("The Nigerian army accepted responsibility for the deaths of three fishermen shot by "
     "soldiers on Lake Chad on Sunday.", "Nigerian Army", "claimed"),
    ("Villagers said they hold the army responsible for the massacre of 40 people in Beni.",
     "Military Forces of Democratic Republic of Congo", "accused"),
])
def test_doer_wordings(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(attribute(text))
    found = [n for n in perps if name in n]
    assert found, perps
    assert perps[found[0]][0] == attribution


@pytest.mark.parametrize("text", [
    "The bombing of the bridge cut the road to Myawaddy, a report by the Karen Human Rights "
    "Group said.",
    "The attack was condemned by the Organization of American States.",
    "The Red Star Front has carried out attacks in the past.",
    "Two members of the Red Star Front were arrested for carrying fake documents in Lima.",
])
def test_no_doer_from_other_by_phrases(text: str) -> None:
    perps = perpetrators(attribute(text))
    assert not [n for n in perps if "Karen" in n or "American" in n or "Red Star" in n], perps


def _first_sentence_event(text: str) -> Event:
    """Parse ``text`` with one incident owning only its first sentence."""
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    document.events = [Event(id="e1", event_type="Explosions/Remote violence", _sentences=[0])]
    attribution_stage(document)
    return document.events[0]


LONG = ("A bomb exploded outside a bank in {city} on Monday, wounding three guards. "
        "Traffic was diverted for several hours. The mayor visited the wounded in hospital. "
        "Shops in the centre stayed closed on Tuesday. Schools reopened on Wednesday. ")


@pytest.mark.parametrize("city, tail, name, attribution", [
    ("Tegucigalpa", "The Cinchonero Liberation Movement claimed responsibility on Wednesday "
     "for detonating the device.", "Cinchonero Liberation Movement", "claimed"),
    ("Mombasa", "Officials blamed the Pwani Liberation Front for the explosion.",
     "Pwani Liberation Front", "accused"),
])
def test_claim_far_from_incident_is_linked(city: str, tail: str, name: str,
                                           attribution: str) -> None:
    perps = perpetrators(_first_sentence_event(LONG.format(city=city) + tail))
    found = [n for n in perps if name in n]
    assert found, perps
    assert perps[found[0]][0] == attribution


def test_unrelated_far_sentence_is_not_linked() -> None:
    text = LONG.format(city="Quito") + "The Alfaro Vive Movement held a congress in Cuenca."
    assert not [n for n in perpetrators(_first_sentence_event(text)) if "Alfaro" in n]


@pytest.mark.parametrize("tail", [
    "But the Alfaro Vive Movement has claimed responsibility for hardly any of those incidents.",
    "The Alfaro Vive Movement has not claimed responsibility for the explosion.",
    "The Alfaro Vive Movement has been accused of carrying out attacks in Colombia.",
])
def test_negated_or_record_claims_give_no_claim(tail: str) -> None:
    perps = perpetrators(_first_sentence_event(LONG.format(city="Quito") + tail))
    assert all(v[0] != "claimed" for v in perps.values()), perps
    assert not [n for n in perps if "Alfaro" in n], perps
