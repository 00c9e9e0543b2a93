"""Peoples are not their namesake towns, and the peoples a text names choose among namesakes.

'Arab militias' is not Arab, Alabama; 'Dinka youths from Bor' is Bor in South Sudan, not Bor in
Russia or Serbia; yet 'in Arab, Alabama' and 'Bor in the Nizhny Novgorod region' stay put.
"""

from __future__ import annotations

import pytest
from geo_docs import place_countries

from eventcoder.geoparser.countries import article_country
from eventcoder.geoparser.ethnonyms import group_noun_follows, people_modifier
from eventcoder.ingest.article import Article
from eventcoder.nlp.model import load_nlp


def _article_country(text: str) -> str | None:
    return article_country(text, load_nlp()(text))


@pytest.mark.parametrize("text", [
    "Clashes between Tuareg and Arab militias left four people dead on Monday.",
    "Arab gunmen on camels raided the market at dawn and stole grain.",
    "Fighting between Masalit and Arab tribesmen flared again overnight.",
])
def test_a_people_before_a_noun_for_its_men_is_no_town(text: str) -> None:
    assert "Arab" not in place_countries(text)
    assert _article_country(text) != "US"


@pytest.mark.parametrize(("text", "place", "code"), [
    ("Three people were shot dead in Arab, Alabama, on Sunday night.", "Arab", "US"),
    ("Police in Arab said a man opened fire outside a church.", "Arab", "US"),
    ("A man was stabbed outside a bar in Bor, Nizhny Novgorod Oblast, police said.", "Bor", "RU"),
])
def test_the_same_spelling_used_as_a_place_still_resolves(text: str, place: str, code: str) -> None:
    assert place_countries(text).get(place) == code


@pytest.mark.parametrize(("text", "place", "code"), [
    # South Sudan: Bor is also a town of Russia, Serbia and Turkey
    ("Dinka youths from Bor attacked Murle cattle keepers, killing five.", "Bor", "SS"),
    ("Murle raiders attacked the town of Bor before dawn, killing nine.", "Bor", "SS"),
    # Ethiopia: Ambo is also a town of Peru
    ("Oromo protesters clashed with police in Ambo, leaving two dead.", "Ambo", "ET"),
    # Nigeria: Guma is also a town of Xinjiang and a district of Liberia
    ("Fulani herders attacked Tiv farmers in Guma, killing seven.", "Guma", "NG"),
])
def test_a_one_country_people_votes_for_its_namesake(text: str, place: str, code: str) -> None:
    assert place_countries(text).get(place) == code


def test_a_people_does_not_outvote_the_country_the_text_names() -> None:
    text = "Nuer refugees who settled in Bor, Serbia, years ago held a vigil on Friday."
    assert place_countries(text).get("Bor") == "RS"


def _modifier(text: str, word: str, nth: int = 0, **kw: bool) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return people_modifier(text, start, start + len(word), **kw)


def test_people_modifier_needs_a_group_noun_and_a_people() -> None:
    text = "Arab militias and Dinka youths met Kenyan police near Arab town."
    assert _modifier(text, "Arab", norp=True)
    assert _modifier(text, "Dinka")  # in the peoples table
    assert not _modifier(text, "Kenyan", norp=True, demonym=True)  # a country's adjective
    assert not _modifier(text, "Arab", 1, norp=True)  # 'Arab town': a place noun follows
    assert not _modifier("Bor youths marched.", "Bor")  # a town's youths: Bor is no people
    assert group_noun_follows("Tuareg and Arab militias", 6)
    assert not group_noun_follows("Arab, Alabama", 4)


def test_an_ethnic_militia_takes_no_country_from_a_namesake_town(pipeline) -> None:
    art = Article(id="g21", text="Clashes between Tuareg and Arab militias left four dead.",
                  published="2012-03-02", source=None)
    doc = next(iter(pipeline.pipe([art])))
    labels = [a.acled_name or a.name for ev in doc.events for a in ev.actors]
    assert labels and not any("United States" in label for label in labels)
