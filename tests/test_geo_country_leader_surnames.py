"""A leader's surname written alone points to the leader's country: 'after Kenyatta declared',
'supporters of Museveni' (data/geo_leaders.yaml, ``alone``).

Only surnames that belong to one leader and are neither common names nor places' names are
listed; the surname is a person, never the namesake place the gazetteer may hold ('Kibaki' is
also 'Kybaky', a village in Ukraine). Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.leaders import leader_name, leader_votes


@pytest.mark.parametrize(("text", "country"), [
    ("Opposition supporters fought running battles with police after Tshisekedi was declared "
     "the winner.", "CD"),
    ("Riot police fired tear gas at students who burned posters of Museveni on Tuesday.", "UG"),
    ("Youths blocked roads and burned tyres to protest against a speech by Bolsonaro.", "BR"),
    ("A journalist was beaten by bodyguards while photographing Kibaki at a church service.", "KE"),
])
def test_surname_alone_names_the_country(pipeline: Any, text: str, country: str) -> None:
    """With no place in the text, the leader's surname gives the country."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2019-10-02")))
    assert event is not None and event.location.country_code == country, event.location


def test_surname_is_a_person_not_a_place() -> None:
    """'Kibaki' is the president, not a village abroad; a common word is no leader."""
    assert leader_name("Kibaki") and leader_name("Yoweri Museveni")
    assert not leader_name("Kano") and not leader_name("Ortega")


def test_listed_surnames_only() -> None:
    """A common surname of a listed leader does not count alone ('Ortega', 'Abubakar')."""
    assert leader_votes("Supporters of Ortega marched on Sunday.") == {}
    assert leader_votes("Supporters of Daniel Ortega marched on Sunday.") == {"NI": 1}
