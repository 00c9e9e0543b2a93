"""The text's own places decide the country without a publisher: a lone namesake abroad yields to
the provinces and towns the rest of the text names, and a province after a comma or a direction
word ('in Kersa, Arsi', 'southern Mudug') counts as the unit holding the event."""

from __future__ import annotations

from collections import Counter

import pytest
from geo_docs import geocoded_document

from eventcoder.document import Event
from eventcoder.resolve.event_location.country_votes import outvoted_country


def _located(text: str, trigger: str,
             actors: tuple[tuple[str, str, str, bool], ...] = ()) -> Event:
    return geocoded_document(text, trigger, None, actors).events[0]


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # Maryland (US state) inside a sentence about Lagos State: the Lagos neighbourhood
    ("Traders smashed shop windows at Maryland, a busy junction in Lagos State.", "smashed", "NG"),
    # a town of Iraq's name in a note about South Darfur
    ("Gunmen looted shops in the Fallujah area of South Darfur on Sunday.", "looted", "SD"),
])
def test_other_places_outvote_a_lone_namesake_abroad(text: str, trigger: str, cc: str) -> None:
    event = _located(text, trigger)
    assert event.location is not None and event.location.country_code == cc


@pytest.mark.parametrize(("text", "trigger", "cc", "admin1"), [
    ("Farmers protested against land seizures in Kersa, Arsi.", "protested", "ET",
     "Oromia"),
    ("Clan fighting over a well left five dead in Khaydaro, southern Mudug.", "fighting", "SO",
     "Mudug"),
    ("Protesters burned tyres in Santa Rita, Zulia, demanding water.", "burned", "VE", "Zulia"),
    ("Militants attacked a checkpoint in Sheikh Zuweid, North Sinai.", "attacked", "EG",
     "North Sinai"),
])
def test_unit_after_an_unknown_place_gives_the_country(text: str, trigger: str, cc: str,
                                                       admin1: str) -> None:
    event = _located(text, trigger)
    assert event.location is not None and event.location.country_code == cc
    assert event.location.admin1 == admin1


def test_the_named_unit_does_not_override_a_known_town_elsewhere() -> None:
    # 'Paris, Texas' is the town in Texas; the comma rule must not drag it to France
    event = _located("Two men were shot in Paris, Texas, on Sunday.", "shot")
    assert event.location is not None and event.location.country_code == "US"


def test_reading_of_the_name_in_the_supported_country_needs_no_publisher() -> None:
    # the name has a reading in the country the actors point to: that reading may win on actors
    votes = Counter({"SS": 1.9})
    assert outvoted_country("DE", "leer", [], [], votes, Counter(), readings={"DE", "SS"}) == "SS"
    # without such a reading, an armed group alone does not move the place across a border
    assert outvoted_country("DE", "leer", [], [], votes, Counter(), readings={"DE"}) is None


def test_other_places_alone_can_outvote() -> None:
    places = Counter({"NG": 1.0})
    assert outvoted_country("US", "maryland", [], [], Counter(), Counter(),
                            place_votes=places) == "NG"
    assert outvoted_country("US", "maryland", [], [], Counter(), Counter(),
                            place_votes=Counter({"NG": 0.5})) is None


def test_a_capitalised_direction_word_is_part_of_an_unknown_name() -> None:
    # 'the West Rand' is a district the gazetteer lacks: its 'Rand' is no hamlet in the US
    event = _located("A suspected thief was killed by a crowd in Kagiso, on the West Rand.",
                     "killed")
    assert event.location is None or event.location.country_code != "US"


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Police arrested ten activists of the opposition Forum for Democratic Change in a raid.",
     "Forum for Democratic Change", "UG"),
    ("PTI workers clashed with police outside the election office.", "PTI", "PK"),
    ("HDP supporters protested against the arrest of their mayors.", "HDP", "TR"),
    ("PSUV militants attacked opposition protesters with sticks.", "PSUV", "VE"),
])
def test_a_national_party_names_its_country(text: str, name: str, cc: str) -> None:
    from eventcoder.resolve.actors.kb import find_known

    assert any(hit.entry.country == cc for hit in find_known(text))


def test_a_shared_party_acronym_stays_with_the_better_known_body() -> None:
    from eventcoder.resolve.actors.kb import find_known

    hits = find_known("SDF fighters clashed with Islamic State militants near Raqqa.")
    assert {h.entry.country for h in hits if h.entry.kind != "armed group"} <= {None}
    assert any(h.entry.country == "SY" for h in hits)


@pytest.mark.parametrize(("text", "army", "rebels", "cc"), [
    ("Clashes between the FARDC and the Mai-Mai around Mbeya and Numbi villages killed four fighters.",
     "FARDC", "Mai-Mai", "CD"),
    ("Tatmadaw soldiers clashed with the Arakan Army near Mbeya, killing three.", "Tatmadaw",
     "Arakan Army", "MM"),
])
def test_an_army_fighting_its_own_rebels_fights_at_home(text: str, army: str, rebels: str,
                                                         cc: str) -> None:
    # 'Mbeya' is a Tanzanian city; the army and the rebels of one country place the clash there
    actors = ((army, "state forces", cc, True), (rebels, "armed group", cc, True))
    event = geocoded_document(text, "killed|clashed", None, actors).events[0]
    assert event.location is not None and event.location.country_code == cc


def test_an_army_abroad_does_not_move_the_place() -> None:
    text = "Kenya Defence Forces soldiers attacked al-Shabaab fighters in Mbeya, killing ten."
    actors = (("Kenya Defence Forces", "state forces", "KE", True),
              ("al-Shabaab", "armed group", "SO", True))
    event = geocoded_document(text, "attacked", None, actors).events[0]
    assert event.location is not None and event.location.country_code == "TZ"


@pytest.mark.parametrize(("text", "cc"), [
    ("Moses Katumbi, who hopes to stand for president, was barred from flying home.", "CD"),
    ("Supporters of Kizza Besigye clashed with police after the rally.", "UG"),
    ("Juan Guaidó called his supporters onto the streets.", "VE"),
])
def test_opposition_leaders_name_their_country(text: str, cc: str) -> None:
    from eventcoder.geoparser.leaders import leader_votes

    assert leader_votes(text) == {cc: 1}


@pytest.mark.parametrize(("text", "cc"), [
    ("Dozens of staff gathered outside the South African Broadcasting Corporation offices "
     "to demand their unpaid bonuses.", "ZA"),
    ("Lawyers of the Nigerian Bar Association protested against the detention of a colleague.",
     "NG"),
])
def test_a_body_named_after_its_country_gives_the_country(text: str, cc: str) -> None:
    # the organisation's name starts with its country's adjective: not Lebanon's 'South'
    event = _located(text, "gathered|protested")
    assert event.location is not None and event.location.country_code == cc
    assert event.location.precision == "country"


def test_a_named_town_outranks_a_country_named_as_the_actor() -> None:
    # no place in the event's sentence: the town named elsewhere beats 'the United States' twice
    text = ("The United States froze the assets of a Kinshasa police colonel on Friday. The US "
            "Treasury holds him responsible for the kidnappings.")
    event = _located(text, "kidnappings")
    assert event.location is not None and event.location.country_code == "CD"
