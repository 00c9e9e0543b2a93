"""Country and place from the text alone: a leader's name read right.

A head of state's name is a person wherever its words are also towns ('San' of 'Aung San Suu
Kyi' is not San in Mali, 'Jonathan' of 'Goodluck Jonathan' no town); a long surname misspelt by
one letter ('Nkrunziza', 'Musevini') still names its country; a possessive ('Goodluck Jonathan's
supporters') does not hide the name. GeoNames' inverted admin1 names ('Valenciana, Comunidad') are
shown term first. A quarter's opening word ('Hay al-Jihad', 'Quartier Bonabéri') is no place of
its own; the name after it is looked up. Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.eval.admin_names import same_admin1_unit
from eventcoder.geoparser.leaders import inside_leader_name, leader_votes, near_leader
from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.event_location.records import acled_admin1, reinverted


def _location(pipeline: Any, text: str) -> Any:
    event = primary_event(pipeline(Article(id="t", text=text, published="2018-03-02")))
    assert event is not None
    return event.location


@pytest.mark.parametrize(("text", "word"), [
    ("Supporters of Aung San Suu Kyi gathered on Sunday.", "San"),
    ("Supporters of Goodluck Jonathan gathered on Sunday.", "Jonathan"),
    ("A rally for Ali Bongo Ondimba was broken up.", "Bongo"),
])
def test_word_inside_a_leaders_name_is_no_place(text: str, word: str) -> None:
    """The word sits inside a listed leader's full name."""
    start = text.index(word)
    assert inside_leader_name(text, start, start + len(word))


def test_the_same_word_alone_stays_a_place() -> None:
    """'San' with no leader's name around it is still free to be a town."""
    text = "Gunmen attacked the market of San on Sunday."
    start = text.index("San")
    assert not inside_leader_name(text, start, start + 3)


def test_person_name_does_not_place_the_event(pipeline: Any) -> None:
    """'Aung San Suu Kyi' does not put a protest in San, Mali."""
    loc = _location(pipeline, "Several hundred supporters of Aung San Suu Kyi marched on Tuesday "
                              "and riot police beat a number of them.")
    assert loc.country_code != "ML" and loc.name != "San", loc


@pytest.mark.parametrize(("word", "country"), [
    ("Nkrunziza's", "BI"), ("Musevini", "UG"), ("Mnangagwe", "ZW"), ("Tshisekdi", "CD"),
])
def test_one_letter_off_surname_names_the_country(word: str, country: str) -> None:
    """A long surname misspelt by one letter still points to its country."""
    assert near_leader(word) == country


@pytest.mark.parametrize("word", ["Kabala", "Kagami", "Kenyatta", "Nairobi", "Mutambara"])
def test_short_exact_or_distant_words_are_no_near_leader(word: str) -> None:
    """Short surnames are matched exactly only; exact names and other words are not near ones."""
    assert near_leader(word) is None


@pytest.mark.parametrize(("text", "country"), [
    ("Relatives say he was killed because the family campaigned against Nkrunziza's third term.",
     "BI"),
    ("Students who burned portraits of Musevini were beaten by plain-clothes officers.", "UG"),
    ("Goodluck Jonathan's supporters were dispersed with tear gas outside the party office.", "NG"),
])
def test_misspelt_or_possessive_leader_gives_the_country(pipeline: Any, text: str,
                                                         country: str) -> None:
    """With no place in the text, the leader's (misspelt or possessive) name gives the country."""
    assert _location(pipeline, text).country_code == country


def test_possessive_leader_vote() -> None:
    """'Paul Biya's government' votes for Cameroon like 'Paul Biya'."""
    assert leader_votes("Strikers denounced Paul Biya's government.").get("CM") == 1


@pytest.mark.parametrize(("gazetteer", "shown"), [
    ("Valenciana, Comunidad", "Comunidad Valenciana"),
    ("Madrid, Comunidad de", "Comunidad de Madrid"),
    ("Navarra, Comunidad Foral de", "Comunidad Foral de Navarra"),
    ("Tyva, Respublika", "Republic of Tyva"),
    ("San Andres, Providencia y Santa Catalina", "San Andres, Providencia y Santa Catalina"),
    ("Borno", "Borno"),
])
def test_inverted_admin1_names_are_shown_term_first(gazetteer: str, shown: str) -> None:
    """GeoNames' 'Name, Term' is shown as 'Term Name'; lists and plain names stay as they are."""
    assert acled_admin1(None, gazetteer, 2019) == shown
    if shown != gazetteer:
        assert reinverted(shown) == gazetteer


def test_shown_name_scores_as_the_same_unit() -> None:
    """The scorer reads 'Comunidad de Madrid' as the gazetteer's 'Madrid, Comunidad de'."""
    assert same_admin1_unit("Spain", "Madrid", "Comunidad de Madrid", "ES")
    assert same_admin1_unit("Spain", "Comunidad Valenciana", "Comunidad Valenciana", "ES")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Youths clashed with police in the Hay Ettadhamen quarter on Monday.", "Ettadhamen", "TN"),
    ("Traders clashed with municipal police in Quartier Bonaberi on Monday.", "Bonabéri", "CM"),
    ("Gunmen shot dead a shopkeeper in Hay Sadr City on Monday.", "Sadr City", "IQ"),
])
def test_quarter_word_opens_a_known_name(text: str, name: str, country: str) -> None:
    """'Hay X', 'Quartier X': the quarter is found by the name after its opening word."""
    places = [r.place for r in geoparse_doc(load_nlp()(text)) if r.place is not None]
    assert any(p.name == name and p.cc == country for p in places), places


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint in Hay al-Jihad on Monday, killing two.",
    "Rioters burned a police post in Cité Olympique overnight.",
])
def test_quarter_word_alone_is_no_place(text: str) -> None:
    """'Hay' of 'Hay al-Jihad' is not Hay in Australia, 'Cité' not Kiti in Cyprus."""
    places = [r.place for r in geoparse_doc(load_nlp()(text)) if r.place is not None]
    assert not any(p.cc in ("AU", "CY") for p in places), places


@pytest.mark.parametrize(("text", "country"), [
    ("Hundreds of unemployed graduates marched to demand that Youssef Chahed resign.", "TN"),
    ("Traders shut their stalls in protest at a tax announced by Mokgweetsi Masisi.", "BW"),
    ("Riot police beat students who were marching against Michael Sata on Friday.", "ZM"),
    ("Gunmen loyal to Ali Abdullah Saleh fired on a crowd of rival supporters.", "YE"),
    ("Nurses staged a sit-in to press Abdalla Hamdok over unpaid wages.", "SD"),
])
def test_leaders_of_2010s_africa_and_middle_east(pipeline: Any, text: str, country: str) -> None:
    """A head of state or government of the 2010s named in full gives the country."""
    assert _location(pipeline, text).country_code == country
