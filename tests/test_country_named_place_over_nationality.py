"""A nationality word must not beat the place the text names: a word like 'Spanish' or 'Dutch'
that opens a place's own name ('Spanish Town', 'Dutch Harbor') is part of that name, and a force
named by its nationality ('Russian soldiers', 'Turkish drones') deploys abroad, so its country
must not make a small place named after a locative ('the town of Kupiansk') incredible."""

from __future__ import annotations

import pytest

from eventcoder.document import Actor, Article, Mention
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.name_heads import opens_place_name
from eventcoder.resolve.event_location.country_votes import nationality_only


@pytest.mark.parametrize(("text", "cc"), [
    ("Gunmen killed three men at a bar in Spanish Town on Saturday night.", "JM"),
    ("Police clashed with striking fishermen in Dutch Harbor on Monday, injuring two.", "US"),
    ("Protesters blocked roads across French Guiana on Tuesday and burned a police car.", "GF"),
    ("A man was stabbed to death during a fight in Pago Pago, American Samoa, on Friday.", "AS"),
])
def test_a_nationality_word_that_opens_a_place_name_is_that_place(pipeline, text: str,
                                                                  cc: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text)))
    assert event is not None and event.location is not None
    assert event.location.country_code == cc


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("shot dead in Spanish Town on Sunday", "Spanish", True),
    ("a clash in Dutch Harbor late on Monday", "Dutch", True),
    ("roads across French Guiana were blocked", "French", True),
    # a nationality before a force, an office or a lower-case noun stays a nationality
    ("Spanish Army units were deployed", "Spanish", False),
    ("the Turkish Defence Ministry said", "Turkish", False),
    ("French troops killed ten militants", "French", False),
    ("a Kenyan Red Cross team arrived", "Kenyan", False),
])
def test_opens_place_name(text: str, word: str, opens: bool) -> None:
    end = text.index(word) + len(word)
    assert opens_place_name(get_gazetteer(), text, end, word) is opens


@pytest.mark.parametrize(("text", "cc"), [
    ("On 4 May 2023, Russian soldiers shelled the town of Kupiansk, killing two civilians.", "UA"),
    ("On 6 August 2022, Turkish drones struck a car near the town of Amuda, killing three "
     "fighters.", "SY"),
    ("On 12 November 2023, Israeli jets struck a house in the town of Bint Jbeil, killing two "
     "people.", "LB"),
    # at home the force's country and the place's agree
    ("On 2 July 2019, Turkish police detained 12 protesters in Istanbul's Kadikoy district.", "TR"),
])
def test_a_named_place_outranks_a_force_nationality(pipeline, text: str, cc: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text)))
    assert event is not None and event.location is not None
    assert event.location.country_code == cc


def _actor(text: str, phrase: str) -> Actor:
    start = text.index(phrase)
    return Actor(actor_id="a1", name=phrase, country="XX", kind="state forces",
                 mentions=[Mention(start=start, end=start + len(phrase), text=phrase)])


@pytest.mark.parametrize(("text", "phrase", "only"), [
    ("Russian soldiers shelled the town.", "Russian soldiers", True),
    ("Kenyan air strikes hit a camp.", "Kenyan air strikes", True),
    ("Turkish police detained 12 protesters.", "Turkish police", False),
    ("The Nigerian Army said it killed ten.", "Nigerian Army", True),
    ("The Malian gendarmerie arrested two men.", "Malian gendarmerie", False),
    # a national body, a unit's own name, a town's adjective: no nationality of a foreign force
    ("Fighters sent by the Libyan National Army were killed.", "Libyan National Army", False),
    ("Gunmen clashed with FARDC soldiers near the village.", "FARDC soldiers", False),
    ("Youths attacked a checkpoint manned by Misratan forces.", "Misratan forces", False),
])
def test_nationality_only(text: str, phrase: str, only: bool) -> None:
    assert nationality_only(text, _actor(text, phrase)) is only


@pytest.mark.parametrize(("text", "cc"), [
    # the press drops the Arabic article of a well-known town the gazetteer lists with it
    ("On 3 March 2024, a Turkish drone strike killed two fighters near Qamishli.", "SY"),
    ("On 14 May 2024, Rapid Support Forces shelled a market in Fasher, killing 12 civilians.",
     "SD"),
    ("On 20 January 2024, American jets struck Houthi positions outside Hodeidah, killing five.",
     "YE"),
])
def test_a_town_named_without_its_arabic_article(pipeline, text: str, cc: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text)))
    assert event is not None and event.location is not None
    assert event.location.country_code == cc


@pytest.mark.parametrize(("key", "found"), [
    ("qamishli", True), ("fasher", True),
    ("qaeda", False), ("shabaab", False), ("jazeera", False),  # names of groups and outlets
])
def test_bare_name_of_a_large_town_only(key: str, found: bool) -> None:
    assert bool(get_gazetteer().lookup_key(key)) is found
