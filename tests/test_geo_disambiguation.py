"""Toponym recognition and disambiguation by article context, demonyms included."""

from __future__ import annotations

import pytest

from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.nlp.model import load_nlp


@pytest.fixture(scope="module")
def parse():
    nlp = load_nlp()

    def run(text: str) -> dict[str, tuple]:
        return {
            r.mention.text: (r.place.name, r.place.cc, r.place.admin1, r.place.kind)
            for r in geoparse_doc(nlp(text))
        }

    return run


def test_province_named_nearby_picks_the_namesake(parse):
    got = parse("Police in London, Ontario, said the fire started downtown. Ontario's fire "
                "marshal is investigating.")
    assert got["London"][1] == "CA"


def test_without_context_the_prominent_place_wins(parse):
    assert parse("Thousands marched in Paris on Saturday.")["Paris"][1] == "FR"


def test_state_abbreviation_after_comma(parse):
    got = parse("The crash happened near Columbia, Mo., on Interstate 70.")
    assert got["Columbia"][2] == "Missouri"
    assert got["Mo."][3] == "adm1"


def test_country_context_resolves_small_town(parse):
    got = parse("Troops shelled rebel camps on the outskirts of Oicha, Nord-Kivu. "
                "Shooting was also heard in Beni, in the Democratic Republic of Congo.")
    assert got["Oicha"][1] == "CD"
    assert got["Nord-Kivu"][3] == "adm1"
    assert got["Beni"][1] == "CD"


def test_demonyms_are_country_toponyms(parse):
    got = parse("Nigerian troops repelled an attack, and Turkish officials condemned it.")
    assert got["Nigerian"][:2] == ("Nigeria", "NG")
    assert got["Turkish"][1] == "TR"


def test_language_names_are_not_places(parse):
    got = parse("The gunman shouted in Turkish before he was arrested in Ankara.")
    assert "Turkish" not in got
    assert got["Ankara"][1] == "TR"


def test_acronyms_are_not_places(parse):
    got = parse("The attack was claimed by IS in Pakistan.")
    assert "IS" not in got and got["Pakistan"][1] == "PK"


def test_a_place_must_lie_in_the_unit_named_after_it(parse):
    got = parse("Gunmen executed a tribal elder in the Brazil quarter of Rafah, North Sinai.")
    assert got["Rafah"][1:3] == ("EG", "North Sinai")


def test_unit_names_follow_english_usage(parse):
    got = parse("Protesters gathered in Giza governorate and in the Qena governorate.")
    assert got["Giza governorate"][2] == "Giza"
    assert got["Qena governorate"][1] == "EG"
