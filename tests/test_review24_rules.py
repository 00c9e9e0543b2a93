"""Rules of the review24 round, on sentences written for several countries, with negatives: a
civil state voice in the plural ('the authorities') telling of its forces' deed announces it;
the peoples a text names are scanned once per Doc."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import burnt_symbols
from eventcoder.geoparser.ethnonyms import group_noun_follows
from eventcoder.geoparser.peoples import doc_people_countries, people_countries
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.rival_groups import PLACEHOLDER
from tests.test_left21_rules import _actor


@pytest.mark.parametrize(("text", "published", "state", "forces"), [
    ("The Ethiopian authorities said their forces killed 30 rebels in clashes near Gondar on "
     "Monday.", "2021-03-02", "Government of Ethiopia", "Military Forces of Ethiopia"),
    ("Sri Lankan authorities claimed their troops killed eight rebels near Vavuniya on Tuesday.",
     "2015-08-11", "Government of Sri Lanka", "Military Forces of Sri Lanka"),
    ("The authorities in Burkina Faso said their soldiers killed 17 jihadists near Djibo on "
     "Wednesday.", "2020-02-20", "Government of Burkina Faso", "Military Forces of Burkina Faso"),
    ("Mexican authorities said their forces killed six gunmen in a shootout in Tamaulipas on "
     "Sunday.", "2019-05-14", "Government of Mexico", "Military Forces of Mexico"),
])
def test_plural_civil_voice_announces_its_forces_deed(text: str, published: str, state: str,
                                                      forces: str) -> None:
    """'The authorities said their forces killed ...': the forces did it, the state announces."""
    assert _actor(text, published, state) == ("announcer", "stated")
    assert _actor(text, published, forces)[0] == "perpetrator"


@pytest.mark.parametrize(("text", "published", "part", "expected"), [
    # an armed group telling of its own fighters in the plural still claims the deed
    ("The Taliban said in a statement that their fighters killed 14 soldiers in an attack on a "
     "base in Helmand on Sunday.", "2017-07-10", "Taliban", ("perpetrator", "claimed")),
    # the authorities telling of another party's deed: that party is the doer, not their forces
    ("Kenyan authorities said al-Shabaab fighters killed six police officers near Mandera on "
     "Thursday.", "2016-09-09", "Shabaab", ("perpetrator", "confirmed")),
    ("The authorities said gunmen killed seven villagers near Jos on Saturday.", "2018-04-03",
     "Unidentified Armed Group", ("perpetrator", "confirmed")),
])
def test_plural_voices_of_others_deeds_stay(text: str, published: str, part: str,
                                            expected: tuple[str, str]) -> None:
    """A group's own fighters' deed is its claim; another party's deed told by the authorities
    stays that party's."""
    assert _actor(text, published, part) == expected


def test_people_countries_are_scanned_once_per_doc() -> None:
    """The peoples' countries of a parsed article: one scan, kept on the Doc for later askers."""
    text = "Clashes between Konkomba and Nanumba youths left four dead near a market on Sunday."
    doc = load_nlp()(text)
    first = doc_people_countries(doc)
    assert first == frozenset(people_countries(text)) == {"GH"}
    assert doc_people_countries(doc) is first


def test_one_list_of_burnt_symbols() -> None:
    """The burning trigger and the crowd typing read one list of symbols burnt in protest."""
    symbols = burnt_symbols()
    assert {"effigy", "flag", "coffin", "portrait", "image", "card"} <= symbols
    assert "ballot" not in symbols  # burning ballots destroys election material: a deed


@pytest.mark.parametrize("name", ["Unidentified Armed Group (Kenya)", "Civilians (Ghana)",
                                  "Unidentified Clan Militia (Somalia)", "Rioters",
                                  "Unidentified Communal Militia (Nigeria)"])
def test_placeholder_sides(name: str) -> None:
    """The generic names the finders give unnamed sides are placeholders for named peoples."""
    assert PLACEHOLDER.match(name)


def test_named_side_is_no_placeholder() -> None:
    assert not PLACEHOLDER.match("Pokot Ethnic Militia (Kenya)")


@pytest.mark.parametrize(("text", "follows"), [
    ("Murle kidnappers took four children", True),   # a doer noun (words.yaml doer_nouns)
    ("Tigray guerrillas ambushed a convoy", True),   # a fighter noun (words.yaml fighter_nouns)
    ("Pokot herders drove off the goats", True),     # a people's own noun
    ("Murle county officials met on Friday", False),
])
def test_group_nouns_after_a_people(text: str, follows: bool) -> None:
    """After a people's name, its men (fighters, doers or the people's own nouns) follow."""
    assert group_noun_follows(text, text.index(" ")) is follows
