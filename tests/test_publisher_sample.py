"""The publisher prior corrects for a training sample that over-represents one country, and
source fields that name no outlet, or a wire written out in full, give no country."""

from __future__ import annotations

import pytest

from eventcoder.geoparser.publishers import outlet_shares, publisher_country, sample_weights


def test_an_over_represented_country_counts_as_the_mean_country() -> None:
    weights = sample_weights({"KE": 700, "SS": 20, "UA": 80})  # mean 266.7 lines a country
    assert weights["SS"] == 1.0 and weights["UA"] == 1.0  # never raised above one line a line
    assert weights["KE"] == pytest.approx(266.67 / 700, rel=1e-3)
    assert sample_weights({}) == {}


def test_an_outlet_seen_only_in_the_big_export_is_no_longer_a_strong_prior() -> None:
    # pan-African and international outlets appear in the whole-country export too; a country's own
    # outlets keep a strong prior because they are frequent there (Capital FM, Daily Nation)
    assert outlet_shares("Deutsche Welle").get("KE", 0.0) < 0.5
    assert outlet_shares("Capital FM")["KE"] > 0.5


def test_an_outlet_of_a_small_country_is_not_outvoted_by_the_big_export() -> None:
    shares = outlet_shares("Radio Tamazuj")  # South Sudan's, also seen on Kenyan border events
    assert max(shares, key=shares.get) == "SS"


@pytest.mark.parametrize("outlet", [
    "Agence France Presse", "Agence France Presse -- English", "Voice of America",
    "Associated Press", "Radio France Internationale",
])
def test_a_wire_written_out_in_full_is_the_wire(outlet: str) -> None:
    assert outlet_shares(outlet) == {}


@pytest.mark.parametrize("source", [
    "local source", "Local sources", "social media", "residents", "Security sources",
    "humanitarian partners", "local media; witnesses",
])
def test_a_description_of_a_source_names_no_outlet(source: str) -> None:
    assert publisher_country(source) is None


def test_a_learned_outlet_whose_title_names_its_country_keeps_a_firm_prior() -> None:
    assert outlet_shares("Kenya Broadcasting Corporation")["KE"] >= 0.75
    assert publisher_country("Nigerian Tribune") == "NG"


def test_the_fitted_table_records_the_sample_make_up(tmp_path) -> None:
    import json

    import yaml

    from eventcoder.fit.publishers import write_prior

    lines = [{"source": "Capital FM", "gold": {"country": "Kenya"}}] * 3 + [
        {"source": "Eye Radio", "gold": {"country": "South Sudan"}}]
    src = tmp_path / "train.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    write_prior([src], tmp_path / "prior.yaml")
    data = yaml.safe_load((tmp_path / "prior.yaml").read_text(encoding="utf-8"))
    assert data["country_lines"] == {"KE": 3, "SS": 1}


@pytest.mark.parametrize(("outlet", "code"), [
    ("Oromiya Media Network", "ET"),  # a large province of one country
    ("Sindh Courier", "PK"),
    ("Bavaria Today", "DE"),
    ("Kivu Morning Post", "CD"),  # a region the gazetteer files under its country
    ("Darfur24", "SD"),
])
def test_an_outlet_named_after_a_province_points_to_its_country(outlet: str, code: str) -> None:
    assert publisher_country(outlet) == code


@pytest.mark.parametrize("outlet", ["Punjab Times", "Capital Weekly", "Middle East Eye"])
def test_a_province_name_shared_by_countries_or_a_common_word_gives_none(outlet: str) -> None:
    assert publisher_country(outlet) is None  # Punjab lies in India and Pakistan
