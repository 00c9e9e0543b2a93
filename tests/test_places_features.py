"""Physical features as event places (data/geo_features.yaml, built into the gazetteer): a lake, a
forest, a park or a mountain range the text names as the scene places the event in the unit that
holds it; a feature shared by several countries takes the part the text's other words point to."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.datafiles import load_data
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.name_extent import feature_end


def _place(text: str, trigger: str, source: str | None = None
           ) -> tuple[str | None, str | None, str | None]:
    loc = geocoded_document(text, trigger, source, published="2021-03-01").events[0].location
    return (loc.name, loc.admin1, loc.country_code) if loc else (None, None, None)


@pytest.mark.parametrize(("text", "trigger", "admin1", "cc"), [
    ("Soldiers raided two insurgent hideouts in the Sambisa forest on Tuesday, the army said.",
     "raided", "Borno", "NG"),
    ("Armed men shot dead two rangers inside Virunga National Park on Saturday.",
     "shot", "Nord-Kivu", "CD"),
    ("Security officers came under fire while on patrol in the Boni forest on Thursday.",
     "fire", "Lamu", "KE"),
    ("Army shelling hit three villages in Jebel Marra overnight, displaced people said.",
     "shelling", "Central Darfur", "SD"),
    ("Air strikes targeted militant caves in the Hamrin Mountains on Friday.",
     "strikes", "Sala al-Din", "IQ"),  # ACLED's name in 2021
    ("Tunisian troops clashed with an armed cell on Jebel Chambi on Monday.",
     "clashed", "Kasserine", "TN"),
    ("Poachers wounded a guard in Garamba National Park last week.", "wounded", "Haut-Uele", "CD"),
])
def test_feature_places_the_event(text: str, trigger: str, admin1: str, cc: str) -> None:
    _name, unit, country = _place(text, trigger)
    assert (unit, country) == (admin1, cc)


@pytest.mark.parametrize(("text", "cc", "admin1"), [
    ("Chadian soldiers repelled jihadists on an island of Lake Chad on Sunday.", "TD", "Lac"),
    ("Nigerien troops repelled jihadists near Lake Chad on Sunday.", "NE", "Diffa"),
    ("Cameroonian troops repelled jihadists near Lake Chad on Sunday.", "CM", "Extreme-Nord"),
])
def test_shared_lake_takes_the_part_the_text_points_to(text: str, cc: str, admin1: str) -> None:
    _name, unit, country = _place(text, "repelled")
    assert (country, unit) == (cc, admin1)


@pytest.mark.parametrize(("source", "cc"), [
    ("Cameroon Tribune", "CM"), ("Camer.be", "CM"), ("ActuNiger", "NE"), ("Premium Times", "NG"),
])
def test_a_roaming_group_does_not_choose_the_shore(source: str, cc: str) -> None:
    # Boko Haram's home is Nigeria, but it raids every shore: the outlet's country decides
    text = "Boko Haram gunmen abducted nine fishermen near Lake Chad on Friday, a local chief said."
    _name, _unit, country = _place(text, "abducted", source)
    assert country == cc


def test_feature_noun_joins_the_name() -> None:
    text = "in the Sambisa forest and Virunga National Park, the Nuba mountains"
    assert feature_end(text, text.index(" forest")) == text.index(" and")
    assert feature_end(text, text.index(" National")) == text.index(",")
    assert feature_end(text, text.index(" and")) is None


def test_a_bare_feature_word_names_no_country() -> None:
    # 'Chad' of 'Lake Chad' is the lake, never the country
    name, _unit, country = _place("Fishermen were abducted on Lake Chad on Monday.", "abducted")
    assert name == "Lake Chad" and country in {"NG", "NE", "TD", "CM"}


def test_every_feature_cites_a_source_and_hangs_under_a_known_unit() -> None:
    gaz = get_gazetteer()
    for feature in load_data("geo_features.yaml")["features"]:
        assert feature["source"].startswith("https://"), feature["names"]
        for cc, admin1, lat, lon in feature["parts"]:
            assert -90 <= lat <= 90 and -180 <= lon <= 180
            units = [c.place for c in gaz.lookup(admin1) if c.place.kind == "adm1"
                     and c.place.cc == cc]
            assert units, (feature["names"][0], cc, admin1)
