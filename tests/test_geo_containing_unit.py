"""A place named with the unit that holds it: when the gazetteer's reading of the place lies in
another country than that unit, the reading is a namesake abroad and the unit places the event."""

from __future__ import annotations

from geo_docs import geocoded_document


def test_a_namesake_abroad_gives_way_to_the_unit_written_after_it() -> None:
    # 'Puli' is a Taiwanese town; 'Logar' a province of Afghanistan the gazetteer alone finds
    doc = geocoded_document("Two shopkeepers were killed when a rocket landed in Puli Alam city, "
                            "Logar, on Monday.", "killed")
    loc = doc.events[0].location
    assert loc.country_code == "AF" and loc.precision == "admin1" and loc.text == "Puli"
    assert "namesake" in doc.events[0].notes["location"]
    doc = geocoded_document("Police fired rubber bullets at shack dwellers in Philippi, Western Cape, "
                            "on Tuesday.", "fired")
    assert doc.events[0].location.country_code == "ZA"


def test_a_place_inside_the_unit_written_after_it_stays() -> None:
    doc = geocoded_document("Several hundred protesters gathered in Kut city, Wasit province, over "
                            "power cuts.", "protesters")
    assert doc.events[0].location.country_code == "IQ"
    assert doc.events[0].location.precision == "city"
    doc = geocoded_document("Troops killed two gunmen in Quetta, Balochistan, on Friday.", "killed")
    assert doc.events[0].location.name == "Quetta"


def test_a_unit_named_apart_from_the_place_moves_nothing() -> None:
    # Logar is named, but not as the unit holding Puli: the Taiwanese town stays a reading
    doc = geocoded_document("A landslide blocked a road near Puli. Officials in Logar met on "
                            "Monday.", "blocked")
    assert "namesake" not in (doc.events[0].notes.get("location") or "")
