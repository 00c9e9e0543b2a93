"""ACLED's admin1 names for units GeoNames spells in an official or local form, in countries the
training records do not teach (data/geo_admin1_acled.yaml, a public source per country): the
official long name of a Mexican state, Quechua names of Peruvian regions, Indonesian provinces in
Indonesian, Bangkok's ceremonial name, Sri Lanka's provinces with 'Province', Korean units with
romanised unit words, Palestine's governorates under its two territories, Syria's governorates
and Ethiopia's regions by their English names, and the Bangsamoro region that replaced the ARMM in
2019."""

from __future__ import annotations

import pytest

from eventcoder.datafiles import load_data
from eventcoder.resolve.event_location.records import acled_admin1


@pytest.mark.parametrize(("cc", "gazetteer_name", "year", "acled"), [
    ("MX", "Michoacan de Ocampo", 2023, "Michoacan"),
    ("MX", "Veracruz de Ignacio de la Llave", 2021, "Veracruz"),
    ("PE", "Hunin Suyu", 2022, "Junin"),
    ("ID", "Papua Tengah", 2024, "Central Papua"),
    ("ID", "Jawa Barat", 2021, "West Java"),
    ("TH", "Krung Thep Maha Nakhon", 2023, "Bangkok"),
    ("BR", "Distrito Federal", 2023, "Federal District"),
    ("IN", "Kashmir", 2022, "Jammu and Kashmir"),
    ("PS", "Khan Yunis", 2024, "Gaza Strip"),
    ("PS", "Nablus", 2023, "West Bank"),
    ("IL", "Southern", 2023, "HaDarom"),
    ("LK", "Western Province", 2022, "Western"),
    ("CL", "La Araucania", 2021, "Araucania"),
    ("KR", "Gyeongsangnam-do", 2024, "South Gyeongsang"),
    ("PH", "Autonomous Region in Muslim Mindanao", 2022,
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
    ("SY", "Dimashq", 2025, "Damascus"),
    ("SY", "Damascus Countryside", 2025, "Rural Damascus"),
    ("ET", "Amara", 2024, "Amhara"),
    ("ET", "Tigrai", 2021, "Tigray"),
])
def test_gazetteer_unit_takes_acleds_name(cc: str, gazetteer_name: str, year: int,
                                          acled: str) -> None:
    assert acled_admin1(cc, gazetteer_name, year) == acled


def test_a_reform_name_only_from_its_year() -> None:
    # the ARMM was the region's name until the Bangsamoro law of 2019
    armm = "Autonomous Region in Muslim Mindanao"
    assert acled_admin1("PH", armm, 2016) == armm


def test_units_acled_writes_as_geonames_does_stay() -> None:
    assert acled_admin1("MX", "Sonora", 2023) == "Sonora"
    assert acled_admin1("ID", "Aceh", 2023) == "Aceh"


def test_every_entry_cites_a_public_source() -> None:
    for entry in load_data("geo_admin1_acled.yaml")["acled"]:
        assert str(entry.get("source", "")).startswith("https://"), entry["country"]
        assert entry["units"], entry["country"]
