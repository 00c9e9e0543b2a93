"""A place abroad that only its own name supports yields to the article's country evidence."""

from __future__ import annotations

from geo_docs import geocoded_document

from eventcoder.document import Event
from eventcoder.geoparser.leaders import leader_votes, mission_votes
from eventcoder.geoparser.publishers import publisher_country


def _located(text: str, trigger: str, source: str | None = None,
             actors: tuple[tuple[str, str, str, bool], ...] = ()) -> Event:
    """Geocode one event at ``trigger`` with the given (name, kind, cc, known) actors."""
    return geocoded_document(text, trigger, source, actors).events[0]


def test_national_publisher_outvotes_a_lone_town_abroad() -> None:
    event = _located("Two buses were torched in Barcelona, Ward 40, by angry party members.",
                     "torched", source="Cape Times")
    assert event.location is not None and event.location.country_code == "ZA"
    assert "point to ZA" in event.notes["location"]


def test_town_abroad_stands_when_the_text_names_its_country() -> None:
    event = _located("Protesters were beaten in Barcelona, Spain, on Sunday.", "beaten",
                     source="Cape Times")
    assert event.location is not None and event.location.country_code == "ES"


def test_armed_group_alone_does_not_move_a_town_across_the_border() -> None:
    event = _located("Al-Shabaab militants attacked a police post in Mandera on Monday.",
                     "attacked", actors=(("al-Shabaab", "armed group", "SO", True),))
    assert event.location is not None and event.location.country_code == "KE"


def test_a_national_capital_abroad_is_kept() -> None:
    event = _located("Protesters burnt trucks in Pretoria on Monday.", "burnt",
                     source="The Herald (Harare)")
    assert event.location is not None and event.location.country_code == "ZA"


def test_outvoted_place_falls_back_to_a_unit_the_sentence_names() -> None:
    event = _located("Traders smashed shop windows at Maryland, a busy junction in Lagos State.",
                     "smashed", source="The Guardian (Lagos)")
    assert event.location is not None and event.location.country_code == "NG"
    assert event.location.admin1 == "Lagos"


def test_single_host_mission_names_the_country() -> None:
    assert mission_votes("AMISOM and MINUSCA troops; MINUSCA said") == {"SO": 1, "CF": 1}
    event = _located("A Gabonese MINUSCA peacekeeper was killed in an ambush on Friday.",
                     "killed")
    assert event.location is not None and event.location.country_code == "CF"


def test_generic_actors_do_not_count_twice_against_the_publisher() -> None:
    event = _located("A villager died at Goldavi in an al-Shabaab attack.", "attack",
                     source="Daily Nation (Kenya)",
                     actors=(("al-Shabaab", "armed group", "SO", True),
                             ("Civilians (Somalia)", "civilians", "SO", False)))
    assert event.location is not None and event.location.country_code == "KE"


def test_national_outlets_are_learned_from_training_data() -> None:
    assert publisher_country("Cape Times") == "ZA"
    assert publisher_country("Mosaique FM") == "TN"
    assert publisher_country("Radio Dabanga") == "SD"
    assert publisher_country("Mimi Mefo") == "CM"
    assert publisher_country("Caasimada") == "SO"
    assert publisher_country("Aminata") is None  # seen once: a hint, not the country


def test_province_named_with_its_type_word_is_credible_beside_a_foreign_group() -> None:
    event = _located("Suspected al-Shabab militants destroyed a mast in Kutulo, Wajir County.",
                     "destroyed", actors=(("al-Shabaab", "armed group", "SO", True),))
    assert event.location is not None and event.location.country_code == "KE"
    assert event.location.admin1 == "Wajir"


def test_group_marked_as_based_abroad_does_not_vote_for_its_base() -> None:
    event = _located("Kenyan police said two teachers died when fighters of the Somalia-based "
                     "group al-Shabaab attacked a school bus.", "attacked",
                     actors=(("al-Shabaab", "armed group", "SO", True),))
    assert event.location is not None and event.location.country_code == "KE"


def test_head_of_state_named_in_the_text_points_to_the_country() -> None:
    assert leader_votes("protests against President Joseph Kabila") == {"CD": 1}
    assert leader_votes("after President Kiir announced the dismissal") == {"SS": 1}
    assert leader_votes("Jonathan said he would stay") == {}  # a bare first name or surname is no clue
    event = _located("Police fired tear gas at mourners of those killed in protests against "
                     "President Joseph Kabila.", "fired")
    assert event.location is not None and event.location.country_code == "CD"


def test_ambiguous_town_follows_the_publishers_country() -> None:
    text = "Riots broke out in Beja overnight after a street vendor set himself on fire."
    assert _located(text, "Riots", source="Mosaique FM").location.country_code == "TN"
